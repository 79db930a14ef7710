using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Search;

[Collection(PortalTestGroup.Name)]
public sealed partial class SearchTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Reader_searches_filters_by_theme_follows_a_result_to_its_speech_and_exports_CSV()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await Page.GetByLabel("Words or phrases").FillAsync("research");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { NameRegex = ResultCount() })).ToBeVisibleAsync();
        await Expect(Page.Locator(".search-result mark").First).ToBeVisibleAsync();
        await ScreenshotAsync("search-01-results");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Narrow the results" })
            .GetByRole(AriaRole.Link, new() { Name = "Basic research", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("theme=basic-research"));
        await Expect(Page.Locator(".search-form__filters")).ToContainTextAsync("Basic research");
        await ScreenshotAsync("search-02-theme-filter");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Export as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Permalink,", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("#speech-", csv, StringComparison.Ordinal);

        // The first speech found (a seminar's own record may rank above it, and has no anchor).
        var first = Page.Locator(".search-result h3 a[href*='#']").First;
        var anchor = (await first.GetAttributeAsync("href"))!.Split('#')[1];
        await first.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"#{anchor}$"));
        await Expect(Page.Locator($"#{anchor}")).ToBeInViewportAsync();
        await ScreenshotAsync("search-03-speech-anchor", fullPage: false);
    }

    [Fact]
    public async Task A_Chinese_search_reads_in_Chinese_and_an_unmatched_one_says_what_to_loosen()
    {
        await Page.GotoAsync("/zh/search?q=" + Uri.EscapeDataString("基础研究"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("条结果") })).ToBeVisibleAsync();
        await ScreenshotAsync("search-04-chinese");

        await Page.GotoAsync("/en/search?q=zzzqqq&theme=basic-research");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nothing matched this search." })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Remove the theme filter" })).ToBeVisibleAsync();
        await ScreenshotAsync("search-05-nothing-matched");
    }

    [Fact]
    public async Task A_Chinese_reader_sees_an_English_only_speech_by_its_own_title_with_a_language_note()
    {
        await Page.GotoAsync("/zh/search?theme=funding-efficiency");

        var presiding = Page.Locator(".search-result").Filter(new() { Has = Page.Locator("a[href$='#speech-presiding-speech']") });
        await Expect(presiding.GetByRole(AriaRole.Heading)).ToContainTextAsync("Presiding remarks (sample)");
        await Expect(presiding.Locator(".fallback-note")).ToHaveTextAsync("仅有英文版本");
        var seminar = Page.Locator(".search-result").Filter(new() { Has = Page.Locator("a[href$='meetings/2025-03-20-party-group-strategy-seminar-sample']") });
        await Expect(seminar.GetByRole(AriaRole.Heading)).ToContainTextAsync("2025年第一次党组务虚研讨会");
        await Expect(seminar.Locator(".fallback-note")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "导出为 Excel" })).ToBeVisibleAsync();
        await ScreenshotAsync("search-06-chinese-english-only-result");
    }

    [GeneratedRegex(@"^\d+ results$")]
    private static partial Regex ResultCount();
}
