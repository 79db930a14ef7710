using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Saves one speech through Chromium and the real portal again and again, as an editor in a hurry
/// does (text put in, Save pressed at once), while scripts/benchmark.sh keeps both cores busy.
/// After each save it compares what the page showed when Save was pressed with what the database
/// holds: a "Saved." for anything else is a mismatch, and there must be none (issue 12). Every
/// other round opens the page afresh, so the text is also put in the moment the form shows.
/// </summary>
internal sealed class SaveStressBenchmark(string connectionString, Uri portal, int rounds, string email, string password)
{
    public async Task RunAsync()
    {
        var (slug, speechId) = await CreateSpeechAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = portal.ToString(), Locale = "en-GB" });
        page.SetDefaultTimeout(120_000);
        await SignInAsync(page, email, password);

        var latencies = new List<double>();
        int mismatches = 0, refused = 0;
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                await page.GotoAsync($"en/edit/meetings/{slug}/speeches/speech");
            }

            var text = TextFor(round);
            var (onScreen, saved, elapsed) = await PutInAndSaveAsync(page, text);
            var stored = await StoredTextAsync(speechId);
            latencies.Add(elapsed);
            refused += saved ? 0 : 1;
            if (saved && stored != onScreen)
            {
                mismatches++;
                Console.Error.WriteLine($"Round {round}: the page said Saved. for {onScreen.Length} characters; the database holds {stored.Length}.");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Save stress: {rounds} saves of one speech through Chromium and the portal, both cores kept busy by two busy loops:"));
        Console.WriteLine();
        Console.WriteLine("| saves | said Saved. for other than what was on screen | refused (nothing stored, said so) | p50 (ms) | p95 (ms) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rounds} | {mismatches} | {refused} | {Percentile.Of(latencies, 50):F0} | {Percentile.Of(latencies, 95):F0} |"));
    }

    /// <summary>Puts the text into the speech's field, reads what the field shows and presses Save
    /// in the same moment, and waits for the page's answer.</summary>
    private static async Task<(string OnScreen, bool Saved, double Milliseconds)> PutInAndSaveAsync(IPage page, string text)
    {
        var notice = page.Locator("[data-saves]");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var before = await notice.GetAttributeAsync("data-saves");
        var body = page.Locator("#speech-zh-body");
        // Long texts at once, as a paste delivers them (typing 100 KB takes minutes).
        await body.EvaluateAsync("(e, text) => { if (!e.readOnly) { e.value = text; e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })); } }", text);
        await Assertions.Expect(body).ToBeEditableAsync(new() { Timeout = 120_000 });
        if (await body.InputValueAsync() != text)
        {
            await body.FillAsync(text);
        }

        var clock = Stopwatch.StartNew();
        var onScreen = await page.EvaluateAsync<string>("""
            () => {
                const text = document.querySelector('#speech-zh-body').value;
                document.querySelector('form.edit-form button[type=submit]').click();
                return text;
            }
            """);
        await page.WaitForFunctionAsync(
            "before => { const n = document.querySelector('[data-saves]'); return n.dataset.saves !== before || n.classList.contains('notice--error'); }",
            before,
            new() { Timeout = 120_000 });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var saved = await notice.TextContentAsync() == "Saved.";
        return (onScreen, saved, elapsed);
    }

    private static string TextFor(int round)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"第{round}次保存。"));
        var paragraphs = round % 10 == 0 ? 800 : 1 + (round % 7);
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n坚持**“四个面向”**，加强基础研究，第{i}段。");
        }

        return text.ToString();
    }

    internal static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("en/account/sign-in");
        await page.Locator("#sign-in-email").FillAsync(email);
        await page.Locator("#sign-in-password").FillAsync(password);
        await page.Locator("form.account-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".user-menu__name")).ToHaveTextAsync(email);
    }

    /// <summary>A seminar of its own with one speech in Chinese, by a person, so the form is valid.</summary>
    private async Task<(string Slug, int SpeechId)> CreateSpeechAsync()
    {
        await using var services = new ServiceCollection().AddSeminarData(connectionString).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        var slug = $"save-stress-{DateTime.UtcNow:yyyyMMddHHmmss}";
        var speaker = new Person { Slug = $"{slug}-speaker", Name = Bilingual.Of("Save Stress", "保存压力") };
        var speech = new Speech { Anchor = "speech", SortOrder = 1, Kind = SpeechKind.Report, SpeakerPerson = speaker };
        speech.Texts.Add(new SpeechText { Language = Language.Zh, Title = "讲话", BodyMarkdown = "起初的正文。" });
        var meeting = new Meeting
        {
            Slug = slug,
            StartDate = new DateOnly(2025, 1, 1),
            Status = PublicationStatus.Draft,
            Texts = { new MeetingText { Language = Language.Zh, Title = "保存压力测试" } },
            Speeches = { speech },
        };
        db.Meetings.Add(meeting);
        await db.SaveWithRevisionsAsync();
        return (slug, speech.Id);
    }

    private async Task<string> StoredTextAsync(int speechId)
    {
        await using var services = new ServiceCollection().AddSeminarData(connectionString).BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        return await db.SpeechTexts.Where(t => t.SpeechId == speechId && t.Language == Language.Zh).Select(t => t.BodyMarkdown).SingleAsync();
    }
}
