using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Search;

/// <summary>On a phone the results come first and the filters fold into a panel below them; the
/// date range is among the filters and, when in force, shows as a chip that removes it.</summary>
[Collection(PortalTestGroup.Name)]
public sealed partial class SearchOnAPhoneTests(PortalServer portal) : BrowserTest(portal)
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 740 };

    [Theory]
    [InlineData("en", "research")]
    [InlineData("zh", "基础研究")]
    public async Task The_first_result_comes_before_the_filters_which_fold_into_a_panel(string language, string words)
    {
        await Page.GotoAsync($"/{language}/search?q={Uri.EscapeDataString(words)}");

        var firstResult = await Page.Locator(".search-result").First.BoundingBoxAsync();
        var filters = await Page.Locator(".search-filters").BoundingBoxAsync();
        Assert.NotNull(firstResult);
        Assert.NotNull(filters);
        Assert.True(firstResult.Y + firstResult.Height <= filters.Y, $"the first result (y {firstResult.Y}) must come above the filters (y {filters.Y})");
        await Expect(Page.Locator(".search-facets")).ToBeHiddenAsync();
        await ScreenshotAsync($"search-phone-{language}");

        await Page.Locator(".search-filters summary").ClickAsync();
        await Expect(Page.Locator(".search-facets")).ToBeVisibleAsync();
        await Expect(Page.Locator(".search-dates input[name=from]")).ToBeVisibleAsync();
        await ScreenshotAsync($"search-phone-{language}-filters");
    }

    [Fact]
    public async Task A_date_range_set_among_the_filters_shows_as_a_chip_that_removes_it()
    {
        await Page.GotoAsync("/en/search?q=research");
        await Page.Locator(".search-filters summary").ClickAsync();
        await Page.GetByLabel("From").FillAsync("2024-01-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply dates" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("from=2024-01-01"));
        var chip = Page.Locator(".search-form__filters li", new() { HasText = "Dates" });
        await Expect(chip).ToContainTextAsync("1 January 2024");
        await Expect(Page.Locator(".search-filters summary")).ToContainTextAsync("1 in force");
        await ScreenshotAsync("search-phone-en-date-chip", fullPage: false);

        await chip.GetByRole(AriaRole.Link, new() { Name = "Remove the date range" }).ClickAsync();
        await Expect(Page).Not.ToHaveURLAsync(new Regex("from="));
        await Expect(chip).ToHaveCountAsync(0);
        await Expect(Page.Locator(".search-result").First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Links_and_buttons_among_the_filters_and_results_are_at_least_24px_each_way(int width)
    {
        await Page.SetViewportSizeAsync(width, 900);
        await Page.GotoAsync("/en/search?q=research&theme=basic-research&from=2020-01-01");
        if (width < 768)
        {
            await Page.Locator(".search-filters summary").ClickAsync();
        }

        await Expect(Page.Locator(".search-facets")).ToBeVisibleAsync();
        var targets = await Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll(
                    '.search-form__filters a, .search-filters :is(a, button, summary, input), .search-found :is(a, button)')]
                .map(e => ({ e, box: e.getBoundingClientRect() }))
                .filter(t => t.box.width > 0 && t.box.height > 0)
                .map(t => ({ text: (t.e.textContent || t.e.getAttribute('aria-label') || t.e.name).trim(), width: t.box.width, height: t.box.height }))
            """);
        var all = targets.EnumerateArray().ToList();
        var small = all.Where(t => t.GetProperty("width").GetDouble() < 24 || t.GetProperty("height").GetDouble() < 24)
            .Select(t => $"{t.GetProperty("text").GetString()} ({t.GetProperty("width").GetDouble():0.#}×{t.GetProperty("height").GetDouble():0.#})")
            .ToList();

        Assert.True(all.Count > 20, $"only {all.Count} targets were measured");
        Assert.True(small.Count == 0, "targets smaller than 24 px:\n" + string.Join('\n', small));
    }
}
