using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.EndToEnd.Security;

namespace NsfcSeminar.EndToEnd.Research;

/// <summary>From a meeting page to two seminars side by side, with the keyboard alone.</summary>
[Collection(PortalTestGroup.Name)]
public sealed class SeminarComparisonTests(PortalServer portal) : BrowserTest(portal)
{
    private const string Later = "2025-03-20-party-group-strategy-seminar-sample";

    [Fact]
    public async Task A_reader_goes_from_a_meeting_page_to_its_comparison_with_another_by_keyboard()
    {
        await Page.GotoAsync(PortalPages.SeedMeeting);
        var choice = Page.GetByLabel("Another seminar");

        // From the page's heading, where focus lands, Tab reaches the choice of seminar.
        await TabUntilFocusedAsync(choice);
        for (var i = 0; i < 20 && await choice.InputValueAsync() != Later; i++)
        {
            await Page.Keyboard.PressAsync("ArrowDown");
        }

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Compare" })).ToBeFocusedAsync();
        await ScreenshotAsync("meeting-compare-with", fullPage: false);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/en/compare\\?a=2024-11-16-party-group-strategy-seminar&b={Later}$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Two seminars compared", Level = 1 })).ToBeVisibleAsync();
        var earlier = Page.GetByRole(AriaRole.Region, new() { Name = "Second Party Group strategy seminar of 2024" });
        await Expect(earlier).ToContainTextAsync("Earlier seminar");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Shared (2)", Exact = true })).ToContainTextAsync("Funding efficiency");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Spoke at both" }).GetByRole(AriaRole.Link, new() { Name = "Dou Xiankang" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "How the shared themes were worded" }).GetByRole(AriaRole.Heading, new() { Level = 3 }).First).ToBeVisibleAsync();
        await ScreenshotAsync("seminar-comparison");

        // On a phone the two seminars stand one above the other, the earlier first.
        await Page.SetViewportSizeAsync(375, 800);
        await Page.ReloadAsync();
        var later = Page.GetByRole(AriaRole.Region, new() { Name = "First Party Group strategy seminar of 2025" });
        Assert.True((await earlier.BoundingBoxAsync())!.Y < (await later.BoundingBoxAsync())!.Y, "the earlier seminar comes first on a phone");
        await ScreenshotAsync("seminar-comparison-375");

        // Printed: no navigation, the comparison whole.
        await Page.SetViewportSizeAsync(1280, 900);
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(later).ToBeVisibleAsync();
        await ScreenshotAsync("seminar-comparison-print");
    }

    [Fact]
    public async Task The_comparison_reads_in_Chinese()
    {
        await Page.GotoAsync($"/zh/compare?a={Later}&b=2024-11-16-party-group-strategy-seminar");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "两次研讨会对比", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "两次均有发言" })).ToContainTextAsync("窦贤康");
        await ScreenshotAsync("seminar-comparison-zh");
    }

    [Fact]
    public async Task Naming_the_same_seminar_twice_says_so_and_offers_the_others()
    {
        await Page.GotoAsync($"/en/compare?a={Later}&b={Later}");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Both sides name the same seminar: choose another to compare it with.");
        await Expect(Page.GetByLabel("Another seminar").Locator("option[value='2024-11-16-party-group-strategy-seminar']")).ToHaveCountAsync(1);

        await Page.SetViewportSizeAsync(375, 800);
        await Page.GotoAsync($"/zh/compare?a={Later}&b={Later}");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("两侧是同一次研讨会，请另选一次研讨会进行对比。");
    }

    private async Task TabUntilFocusedAsync(ILocator target)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("Tab never reached the choice of seminar.");
    }
}
