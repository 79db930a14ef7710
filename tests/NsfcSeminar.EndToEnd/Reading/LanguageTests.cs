using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Reading;

[Collection(PortalTestGroup.Name)]
public sealed class LanguageTests(PortalServer portal) : BrowserTest(portal)
{
    private const string SeedPath = "/en/meetings/2024-11-16-party-group-strategy-seminar";
    private const string PresidingSpeech = "#speech-presiding-speech-dou-xiankang";

    [Fact]
    public async Task Reader_switches_the_seed_seminar_to_Chinese_and_back()
    {
        await Page.GotoAsync(SeedPath);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await ScreenshotAsync("language-seed-seminar-en");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/zh/meetings/2024-11-16-party-group-strategy-seminar$"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "2024年第二次党组务虚研讨会", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("2024年11月16日").First).ToBeVisibleAsync();
        await Expect(Page.Locator($"{PresidingSpeech} > .prose[lang='zh-Hans'], {PresidingSpeech} .prose[lang='zh-Hans']").First).ToContainTextAsync("五个强大");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "窦贤康" }).First).ToBeVisibleAsync();
        await ScreenshotAsync("language-seed-seminar-zh");

        // Links inside the Chinese page stay in Chinese.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "研讨会" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/zh/meetings$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "研讨会", Level = 1 })).ToBeVisibleAsync();

        var english = Page.GetByRole(AriaRole.Navigation, new() { Name = "语言" }).GetByRole(AriaRole.Link, new() { Name = "English", Exact = true });
        await Expect(english).ToHaveAttributeAsync("href", new Regex("/en/meetings$"));
        await english.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/en/meetings$"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task The_choice_is_remembered_for_addresses_without_a_language()
    {
        await Page.GotoAsync("/zh/themes");

        await Page.GotoAsync("/meetings");

        await Expect(Page).ToHaveURLAsync(new Regex("/zh/meetings$"));
    }

    [Fact]
    public async Task Reader_compares_the_presiding_speech_side_by_side_in_both_interface_languages()
    {
        await Page.GotoAsync(SeedPath + PresidingSpeech);
        await Page.Locator(PresidingSpeech).GetByRole(AriaRole.Link, new() { Name = "Read the Chinese and English side by side" }).ClickAsync();

        var rows = Page.Locator(".parallel__row:not(.parallel__row--head)");
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(rows.First.Locator(".parallel__cell").Nth(0)).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(rows.First.Locator(".parallel__cell").Nth(1)).ToHaveAttributeAsync("lang", "en");
        var left = await rows.First.Locator(".parallel__cell").Nth(0).BoundingBoxAsync();
        var right = await rows.First.Locator(".parallel__cell").Nth(1).BoundingBoxAsync();
        Assert.True(left!.X < right!.X && Math.Abs(left.Y - right.Y) < 2, "on a wide screen the versions stand side by side");
        await ScreenshotAsync("language-side-by-side-en");

        await Page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/zh/meetings/.+/side-by-side$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "中英对照", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("language-side-by-side-zh");

        await Page.SetViewportSizeAsync(375, 800);
        left = await rows.First.Locator(".parallel__cell").Nth(0).BoundingBoxAsync();
        right = await rows.First.Locator(".parallel__cell").Nth(1).BoundingBoxAsync();
        Assert.True(right!.Y > left!.Y, "on a phone the versions stack");
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone");
        await ScreenshotAsync("language-side-by-side-phone");
    }
}
