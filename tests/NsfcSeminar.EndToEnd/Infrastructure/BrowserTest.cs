using Microsoft.Playwright;

namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>
/// One fresh browser context and page per test. Any console error or uncaught page error fails
/// the test: a page that logs errors is broken even when it looks right.
/// </summary>
public abstract class BrowserTest(PortalServer portal) : IAsyncLifetime
{
    private readonly List<string> _errors = [];
    private IBrowserContext? _context;
    private bool _notFoundExpected;

    protected IPage Page { get; private set; } = null!;

    protected PortalServer Portal => portal;

    protected virtual ViewportSize Viewport => new() { Width = 1280, Height = 900 };

    public async Task InitializeAsync()
    {
        _context = await portal.Browser.NewContextAsync(new()
        {
            BaseURL = portal.BaseAddress.ToString(),
            ViewportSize = Viewport,
            Locale = "en-GB",
        });
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(_notFoundExpected && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                _errors.Add($"console: {message.Text}");
            }
        };
        Page.PageError += (_, error) => _errors.Add($"page error: {error}");
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        Assert.True(_errors.Count == 0, "The browser reported errors:\n" + string.Join('\n', _errors));
    }

    protected Task ScreenshotAsync(string name, bool fullPage = true) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, name + ".png"), FullPage = fullPage });

    /// <summary>For a test that asks for a missing page on purpose: the browser logs the 404.</summary>
    protected void ExpectNotFoundResponse() => _notFoundExpected = true;
}
