using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Drafting;

/// <summary>The release flow at the widths editors use: a laptop (1366 and 1280 px) and a phone
/// (390 px). Each step is photographed at 1366 and 390 px for people to look at.</summary>
[Collection(PortalTestGroup.Name)]
public sealed class ReleaseFlowLayoutTests(PortalServer portal) : BrowserTest(portal)
{
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };
    private static readonly ViewportSize SmallLaptop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static string SeedRelease()
    {
        var seed = Path.Combine(RepositoryRoot.Path, "..", "shared", "seed");
        return File.ReadAllText(Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).First());
    }

    [Fact]
    public async Task The_review_of_the_seed_release_fits_a_laptop_and_a_phone_without_sideways_scrolling()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.SetViewportSizeAsync(Laptop.Width, Laptop.Height);
        await Page.GotoAsync("/en/edit/drafts/from-release");
        await Page.GetByLabel("Text of the press release").FillAsync(SeedRelease());
        await PhotographAsync("release-flow-1-paste");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Propose a draft" }).ClickAsync();
        await Expect(Page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync("2024-11-16");
        foreach (var size in new[] { Laptop, SmallLaptop, Phone })
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
            Assert.True(await FitsAsync(), $"The review scrolls sideways at {size.Width} px.");
            Assert.Empty(await CutFieldsAsync());
        }

        // Every participant's fields are labelled where they stand, not by a header out of sight.
        await Expect(Page.Locator("#draft-participant-0-name-en")).ToHaveValueAsync("Dou Xiankang");
        await Expect(Page.GetByLabel("Name in English").First).ToHaveValueAsync("Dou Xiankang");
        await Expect(Page.Locator("#draft-speech-languages")).ToContainTextAsync("Its Chinese version is left missing");
        await PhotographAsync("release-flow-2-review");

        await Page.SetViewportSizeAsync(Laptop.Width, Laptop.Height);
        await Page.GetByLabel("Title in Chinese").FillAsync("自然科学基金委党组2024年第二次务虚研讨会");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        // Saving a release's draft writes its people, speeches and revisions: under the full suite's
        // load on two cores it has taken longer than Playwright's default 30 s.
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/en/edit/meetings/[^/]+$"), new() { Timeout = 60_000 });
        await Expect(Page.Locator(".status-actions .status")).ToContainTextAsync("Draft", new() { Timeout = 60_000 });
        await PhotographAsync("release-flow-3-saved-draft");

        // The seminar has a Chinese title, its speeches have no Chinese words: each speech's Chinese
        // version is shown missing, and that blocks nothing: the draft publishes as it is.
        var versions = Page.GetByLabel("This speech has this language version");
        await Expect(versions).ToHaveCountAsync(10);
        for (var i = 0; i < 10; i += 2)
        {
            await Expect(versions.Nth(i)).Not.ToBeCheckedAsync();
            await Expect(versions.Nth(i + 1)).ToBeCheckedAsync();
        }

        await PublishAsync();
    }

    /// <summary>Publishes from the seminar page; the seed seminar may already be archived, which
    /// the page names once before it publishes the second copy.</summary>
    private async Task PublishAsync()
    {
        var publish = Page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true });
        var published = Page.Locator(".status-actions .status", new() { HasText = "Published" });
        var named = Page.GetByText("The archive already holds a seminar that looks the same");
        await publish.ClickAsync();
        await Expect(named.Or(published)).ToBeVisibleAsync(new() { Timeout = 60_000 });
        if (await named.IsVisibleAsync())
        {
            await publish.ClickAsync();
        }

        await Expect(published).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    private async Task PhotographAsync(string name)
    {
        foreach (var size in new[] { Laptop, Phone })
        {
            await Page.SetViewportSizeAsync(size.Width, size.Height);
            await ScreenshotAsync($"{name}-{size.Width}");
        }

        await Page.SetViewportSizeAsync(Laptop.Width, Laptop.Height);
    }

    private Task<bool> FitsAsync() => Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>The review's fields and labels that reach past the right edge of the window.</summary>
    private Task<string[]> CutFieldsAsync() => Page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('.draft-form :is(input, select, textarea, label)')]
            .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map(e => e.id || e.getAttribute('for') || e.name)
        """);
}
