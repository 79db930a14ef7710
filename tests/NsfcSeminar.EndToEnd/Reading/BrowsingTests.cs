using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Reading;

[Collection(PortalTestGroup.Name)]
public sealed class BrowsingTests(PortalServer portal) : BrowserTest(portal)
{
    private const string SeedTitle = "Second Party Group strategy seminar of 2024";

    [Fact]
    public async Task Reader_goes_from_the_seminar_list_to_the_seed_seminar_then_to_a_person_and_a_theme()
    {
        await Page.GotoAsync("/meetings");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Seminars", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("browse-01-meetings");

        await Page.GetByRole(AriaRole.Link, new() { Name = SeedTitle }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = SeedTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("article.speech")).ToHaveCountAsync(5);
        await ScreenshotAsync("browse-02-seed-seminar");

        var participants = Page.GetByRole(AriaRole.Region, new() { Name = "Participants" });
        await participants.GetByRole(AriaRole.Link, new() { Name = "Dou Xiankang" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dou Xiankang", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = SeedTitle })).ToBeVisibleAsync();
        await ScreenshotAsync("browse-03-person");

        await Page.GoBackAsync();
        var themes = Page.GetByRole(AriaRole.Region, new() { Name = "Reform themes" });
        await themes.GetByRole(AriaRole.Link, new() { Name = "Basic research" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Basic research", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Presiding speech by Dou Xiankang" })).ToBeVisibleAsync();
        await ScreenshotAsync("browse-04-theme");
    }

    [Fact]
    public async Task A_speech_anchor_link_lands_on_that_speech()
    {
        await Page.GotoAsync("/meetings/2024-11-16-party-group-strategy-seminar#speech-presiding-speech-dou-xiankang");

        await Expect(Page.Locator("#speech-presiding-speech-dou-xiankang")).ToBeInViewportAsync();
        await ScreenshotAsync("anchor-presiding-speech", fullPage: false);
    }

    [Fact]
    public async Task The_contents_list_jumps_to_a_speech_on_the_same_page()
    {
        await Page.GotoAsync("/meetings/2024-11-16-party-group-strategy-seminar");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" })
            .GetByRole(AriaRole.Link, new() { Name = "Research findings of the Department of Information Sciences" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/meetings/2024-11-16-party-group-strategy-seminar#speech-report-department-of-information-sciences$"));
        await Expect(Page.Locator("#speech-report-department-of-information-sciences")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Unknown_address_shows_the_not_found_page_with_a_way_back()
    {
        ExpectNotFoundResponse();

        var response = await Page.GotoAsync("/meetings/no-such-seminar");

        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not found", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("not-found");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to the archive's home page" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Seminar archive", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Chinese_text_is_tagged_and_rendered_with_a_CJK_font()
    {
        await Page.GotoAsync("/meetings/2024-11-16-party-group-strategy-seminar#speech-presiding-speech-dou-xiankang");
        var speech = Page.Locator("#speech-presiding-speech-dou-xiankang");

        await speech.GetByText("Chinese version").ClickAsync();

        var chinese = speech.Locator("details .prose[lang='zh-Hans']");
        await Expect(chinese).ToContainTextAsync("五个强大");
        Assert.False(string.IsNullOrWhiteSpace(await ChineseFontFamiliesAsync()), "no font for Chinese is installed: the text would show as empty boxes");
        await chinese.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "chinese-presiding-speech.png") });
    }

    /// <summary>The font families fontconfig (and so Chromium) can use for Chinese.</summary>
    private static async Task<string> ChineseFontFamiliesAsync()
    {
        using var fcList = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("fc-list", ":lang=zh family")
        {
            RedirectStandardOutput = true,
        })!;
        var families = await fcList.StandardOutput.ReadToEndAsync();
        await fcList.WaitForExitAsync();
        return families;
    }
}
