using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Research;

[Collection(PortalTestGroup.Name)]
public sealed class ResearchTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_theme_page_shows_speeches_per_year_as_a_chart_and_as_a_table()
    {
        await Page.GotoAsync("/themes/basic-research");

        var analysis = Page.GetByRole(AriaRole.Region, new() { Name = "Analysis" });
        var chart = analysis.GetByRole(AriaRole.Img, new() { Name = "Speeches per year on Basic research" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator("rect[data-year]").First).ToBeVisibleAsync();
        await analysis.GetByText("The numbers as a table").ClickAsync();
        var table = analysis.GetByRole(AriaRole.Table, new() { Name = "Speeches per year on Basic research" });
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Year" })).ToBeVisibleAsync();
        await Expect(analysis.GetByRole(AriaRole.Region, new() { Name = "Who speaks on it most" }).GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await analysis.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("theme-analysis");
    }

    [Fact]
    public async Task Each_speech_on_a_meeting_page_has_a_citation_with_its_permalink()
    {
        const string Anchor = "speech-presiding-speech-dou-xiankang";
        await Page.GotoAsync($"/meetings/2024-11-16-party-group-strategy-seminar#{Anchor}");

        var citation = Page.Locator($"#{Anchor}").GetByRole(AriaRole.Figure, new() { Name = "Cite this speech" });
        await Expect(citation).ToBeVisibleAsync();
        await Expect(citation).ToContainTextAsync("Dou Xiankang");
        await Expect(citation).ToContainTextAsync($"/en/meetings/2024-11-16-party-group-strategy-seminar#{Anchor}");
        await citation.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("meeting-citation", fullPage: false);
    }

    [Fact]
    public async Task The_copy_button_puts_the_citation_on_the_clipboard_also_after_an_enhanced_navigation()
    {
        const string Anchor = "speech-presiding-speech-dou-xiankang";
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.GotoAsync("/meetings");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Second Party Group strategy seminar of 2024" }).ClickAsync();
        var citation = Page.Locator($"#{Anchor}").GetByRole(AriaRole.Figure, new() { Name = "Cite this speech" });

        await citation.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).ClickAsync();

        await Expect(citation.GetByRole(AriaRole.Status)).ToHaveTextAsync("Citation copied.");
        var copied = await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await citation.Locator(".citation__text").TextContentAsync(), copied);
    }

    [Fact]
    public async Task A_reader_downloads_a_speech_as_BibTeX_for_a_reference_manager()
    {
        const string Anchor = "speech-presiding-speech-dou-xiankang";
        await Page.GotoAsync($"/meetings/2024-11-16-party-group-strategy-seminar#{Anchor}");
        var speech = Page.Locator($"#{Anchor}");

        var download = await Page.RunAndWaitForDownloadAsync(() => speech.GetByRole(AriaRole.Link, new() { Name = "BibTeX" }).ClickAsync());

        Assert.Equal("2024-11-16-party-group-strategy-seminar-presiding-speech-dou-xiankang.bib", download.SuggestedFilename);
        var bibtex = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("@misc{nsfcseminar:2024-11-16-party-group-strategy-seminar/", bibtex, StringComparison.Ordinal);
        Assert.Contains("author = {{Dou Xiankang}}", bibtex, StringComparison.Ordinal);
        await speech.Locator(".citation-files").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("speech-citation-files", fullPage: false);
    }
}
