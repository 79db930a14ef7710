using Microsoft.Playwright;

namespace NsfcSeminar.Benchmarks;

/// <summary>Chromium at 1366 × 768, signed in as the benchmark's editor, the workspace open in one
/// language: where the action-count benchmarks start, before anything is counted. Each step it
/// closes leaves a screenshot in SEMINAR_ARTIFACTS, named flow, language, step
/// (<c>entry-zh-2-participants.png</c>, and the whole page in <c>…-full.png</c>).</summary>
internal sealed class EditorBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _flow;

    private EditorBrowser(IPlaywright playwright, IBrowser browser, IPage page, Workspace workspace, string flow)
    {
        (_playwright, _browser, _flow, Page, Workspace) = (playwright, browser, flow, page, workspace);
        Editor = new CountedActions(page, workspace);
    }

    public IPage Page { get; }

    public Workspace Workspace { get; }

    /// <summary>The editor's hands, counted.</summary>
    public CountedActions Editor { get; }

    public static async Task<EditorBrowser> OpenAsync(Uri portal, string email, string password, Workspace workspace, string flow)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = portal.ToString(), Locale = workspace.Locale, ViewportSize = new() { Width = 1366, Height = 768 } });
        page.SetDefaultTimeout(60_000);
        await SaveStressBenchmark.SignInAsync(page, email, password);
        await page.GotoAsync($"{workspace.Code}/edit");
        return new EditorBrowser(playwright, browser, page, workspace, flow);
    }

    /// <summary>Closes a step of the count and records what the editor sees: the window, its top
    /// at <paramref name="shown"/> when given (the camera moves, not the editor), and the whole page.</summary>
    public async Task MarkAsync(string step, string shot, ILocator? shown = null)
    {
        Editor.Mark(step);
        if (shown is not null)
        {
            await shown.EvaluateAsync("element => element.scrollIntoView({ block: 'start' })");
        }

        var name = Path.Combine(Environment.GetEnvironmentVariable("SEMINAR_ARTIFACTS") ?? Path.GetTempPath(), $"{_flow}-{Workspace.Code}-{Editor.Steps.Count}-{shot}");
        await Page.ScreenshotAsync(new() { Path = name + ".png" });
        await Page.ScreenshotAsync(new() { Path = name + "-full.png", FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
