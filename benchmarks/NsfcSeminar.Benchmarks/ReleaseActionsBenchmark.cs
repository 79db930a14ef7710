using System.Globalization;
using Microsoft.Playwright;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Enters the seed seminar of 16 November 2024 from its press release through Chromium (issue 12):
/// from /edit to "Draft a seminar from a press release", the seed release pasted, the proposal
/// reviewed as offered (date, titles, place, series and number, participants matched to the
/// archive's people and bureaus, speeches with the passages that report them, themes ticked on
/// strong evidence), saved as a draft, which opens in the seminar's page, and published from
/// there. Actions are counted by <see cref="CountedActions"/>; the seminar is read back, and a run
/// whose seminar lacks what the release states, or holds what it does not (a format, a last
/// day), fails.
/// </summary>
internal sealed class ReleaseActionsBenchmark(string connectionString, Uri portal, string email, string password, Workspace workspace)
{
    public const int Target = 15;

    public async Task<int> RunAsync()
    {
        await SeedVocabulary.EnsureAsync(connectionString);
        var release = SeedRelease.Read();
        await using var browser = await EditorBrowser.OpenAsync(portal, email, password, workspace, "release");
        var (page, editor) = (browser.Page, browser.Editor);

        await editor.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = workspace["Editing.DraftASeminarFromAPress"] }));
        await editor.FillAsync(page.GetByLabel(workspace["Drafting.TextOfThePressRelease"]), release);
        await editor.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = workspace["Drafting.ProposeADraft"] }));
        await Assertions.Expect(page.GetByLabel(workspace["Drafting.Date"], new() { Exact = true })).ToHaveValueAsync("2024-11-16");
        await browser.MarkAsync("paste (open, paste, propose)", "review", page.Locator("h1"));

        await editor.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = workspace["Drafting.SaveAsDraft"] }));
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/{workspace.Code}/edit/meetings/[^/]+$"));
        await Assertions.Expect(page.Locator(".status-actions .status")).ToContainTextAsync(workspace["Editing.Draft"], new() { Timeout = 120_000 });
        await browser.MarkAsync("review and save the draft", "draft", page.Locator("h1"));

        await editor.PublishAsync();
        await browser.MarkAsync("publish", "publish", page.Locator("h1"));

        var stored = await StoredSeminar.ReadAsync(connectionString, Uri.UnescapeDataString(new Uri(page.Url).AbsolutePath.Split('/')[^1]));
        editor.Print("Entering the seed seminar from its pasted press release through Chromium (paste, review, save, Publish):", Target);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Stored: {stored}"));
        var whole = stored is { Status: "published", EndDate: null, Format: null, Speeches: 5, SpeechesWithWords: 5, Sources: 1 }
            && stored.StartDate == new DateOnly(2024, 11, 16) && stored.Participants >= 8 && stored.Themes > 0;
        return whole && editor.Total <= Target ? 0 : 1;
    }
}
