using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NsfcSeminar.EndToEnd.Editing;

/// <summary>Steps of the editing workspace, as an editor takes them.</summary>
internal static partial class WorkspacePages
{
    /// <summary>Waits for an interactive editing page to be live (its circuit connected and the
    /// form rendered), so that what the test types reaches the server.</summary>
    public static async Task WaitForFormAsync(this IPage page) =>
        await Expect(page.Locator("form.edit-form")).ToBeVisibleAsync();

    /// <summary>Clicks a button that saves, and waits for this save's own "Saved." (the page
    /// counts its saves, so a notice left from an earlier save does not count).</summary>
    public static async Task SaveAsync(this IPage page, string button)
    {
        var notice = page.Locator("[data-saves]");
        var before = int.Parse(await notice.GetAttributeAsync("data-saves") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(notice).ToHaveAttributeAsync("data-saves", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(notice).ToHaveTextAsync("Saved.");
    }

    public static async Task<string> CreateSeminarAsync(this IPage page, string englishTitle, string chineseTitle, string date)
    {
        await page.GotoAsync("/en/edit/meetings/new");
        await page.WaitForFormAsync();
        await page.GetByLabel("First day").FillAsync(date);
        await page.Locator("#meeting-zh-title").FillAsync(chineseTitle);
        await page.Locator("#meeting-en-present").CheckAsync();
        await page.Locator("#meeting-en-title").FillAsync(englishTitle);
        await page.GetByLabel("Place (English)").FillAsync("Beijing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SeminarAddress());
        await Expect(page.GetByText("Saved.")).ToBeVisibleAsync();
        return SeminarAddress().Match(page.Url).Groups["slug"].Value;
    }

    public static async Task AddSpeechAsync(this IPage page, string seminarSlug, string speaker, string chineseTitle, string body, string? theme = null)
    {
        await page.GotoAsync($"/en/edit/meetings/{seminarSlug}/speeches/new");
        await page.WaitForFormAsync();
        await page.PickAsync("#speech-person", speaker.Split(' ')[^1], speaker);
        await page.Locator("#speech-zh-title").FillAsync(chineseTitle);

        // The seminar is recorded in both languages, and so is a new speech of it.
        await page.Locator("#speech-en-title").FillAsync($"Speech: {chineseTitle}");
        await page.Locator("#speech-zh-body").FillAsync(body);
        if (theme is not null)
        {
            await page.PickThemeAsync("speech", theme);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save speech" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/en/edit/meetings/{seminarSlug}/speeches/(?!new$)[a-z0-9-]+$"));
        await Expect(page.GetByText("Saved.")).ToBeVisibleAsync();
    }

    /// <summary>Types part of a name into a search-as-you-type picker, waits for the record to be
    /// offered first and presses Enter, as an editor does.</summary>
    /// <param name="added">The picker adds a row (a participant) and empties, rather than keeping the name.</param>
    public static async Task PickAsync(this IPage page, string picker, string typed, string label, bool added = false)
    {
        var input = page.Locator(picker);
        await input.FillAsync(typed);
        await Expect(page.Locator($"{picker}-listbox [role=option]").First.Locator(".picker__name")).ToHaveTextAsync(label);
        await input.PressAsync("Enter");
        await Expect(input).ToHaveValueAsync(added ? "" : label);
    }

    /// <summary>Adds a theme through the theme picker of the form whose ids start with <paramref name="prefix"/>.</summary>
    public static async Task PickThemeAsync(this IPage page, string prefix, string theme)
    {
        var input = page.Locator($"#{prefix}-theme-add");
        await input.FillAsync(theme);
        await Expect(page.Locator($"#{prefix}-theme-add-listbox [role=option]").First.Locator(".picker__name")).ToHaveTextAsync(new Regex($"^{Regex.Escape(theme)}"));
        await input.PressAsync("Enter");
        await Expect(page.Locator(".theme-picker").GetByLabel(theme, new() { Exact = true }).First).ToBeCheckedAsync();
    }

    [GeneratedRegex("/en/edit/meetings/(?<slug>(?!new$)[a-z0-9-]+)$")]
    public static partial Regex SeminarAddress();
}
