using Microsoft.Playwright;

namespace NsfcSeminar.Benchmarks;

/// <summary>Chromium at 1366 × 768, signed in as the benchmark's editor: where the action-count
/// benchmarks start, before anything is counted.</summary>
internal sealed class EditorBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private EditorBrowser(IPlaywright playwright, IBrowser browser, IPage page) => (_playwright, _browser, Page) = (playwright, browser, page);

    public IPage Page { get; }

    public static async Task<EditorBrowser> OpenAsync(Uri portal, string email, string password)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync(new() { BaseURL = portal.ToString(), Locale = "en-GB", ViewportSize = new() { Width = 1366, Height = 768 } });
        page.SetDefaultTimeout(60_000);
        await SaveStressBenchmark.SignInAsync(page, email, password);
        return new EditorBrowser(playwright, browser, page);
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Environment.GetEnvironmentVariable("SEMINAR_ARTIFACTS") ?? Path.GetTempPath(), name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
