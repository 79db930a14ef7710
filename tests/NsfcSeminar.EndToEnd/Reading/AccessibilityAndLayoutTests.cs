using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Reading;

[Collection(PortalTestGroup.Name)]
public sealed class AccessibilityAndLayoutTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task After_loading_a_page_focus_is_on_its_heading()
    {
        await Page.GotoAsync("/meetings");

        // Blazor's FocusOnNavigate puts screen-reader users on the page's h1, past the navigation.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Seminars", Level = 1 })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_skip_link_comes_first_shows_when_focused_and_moves_focus_to_the_content()
    {
        await Page.GotoAsync("/meetings");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });

        var isFirst = await Page.EvaluateAsync<bool>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').classList.contains('skip-link')");
        await skip.FocusAsync();
        var box = await skip.BoundingBoxAsync();
        await ScreenshotAsync("keyboard-skip-link", fullPage: false);
        await Page.Keyboard.PressAsync("Enter");

        Assert.True(isFirst, "the skip link must be the first thing Tab reaches from the top of the page");
        Assert.True(box is { Y: >= 0 }, "a focused skip link is on screen");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/meetings#main$"));
        await Expect(Page.Locator("main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Every_reading_page_has_one_h1_and_declares_its_language()
    {
        foreach (var path in new[] { "/", "/meetings", "/meetings/2024-11-16-party-group-strategy-seminar", "/people/liu-zhongfan", "/organisations/planning-and-policy-bureau", "/themes", "/themes/talent" })
        {
            await Page.GotoAsync(path);

            await Expect(Page.Locator("h1")).ToHaveCountAsync(1);
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(Page.Locator("main")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Reading_pages_open_no_Blazor_circuit()
    {
        var circuitRequests = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                circuitRequests.Add(request.Url);
            }
        };

        await Page.GotoAsync("/meetings/2024-11-16-party-group-strategy-seminar");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Seminars", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Seminars", Level = 1 })).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(circuitRequests);
    }

    [Fact]
    public async Task Print_view_hides_navigation_and_keeps_the_record()
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Page.GotoAsync("/meetings/2024-11-16-party-group-strategy-seminar");

        await Expect(Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" })).ToBeHiddenAsync();
        await Expect(Page.Locator("article.speech").First).ToBeVisibleAsync();
        await ScreenshotAsync("print-seed-seminar");
    }
}

[Collection(PortalTestGroup.Name)]
public sealed class PhoneWidthTests(PortalServer portal) : BrowserTest(portal)
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 740 };

    [Theory]
    [InlineData("/", "phone-home")]
    [InlineData("/meetings", "phone-meetings")]
    [InlineData("/meetings/2024-11-16-party-group-strategy-seminar", "phone-seed-seminar")]
    [InlineData("/themes/basic-research", "phone-theme")]
    public async Task Pages_fit_a_phone_without_sideways_scrolling(string path, string screenshot)
    {
        await Page.GotoAsync(path);

        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{path} is {overflow}px wider than the phone");
        await ScreenshotAsync(screenshot);
    }
}
