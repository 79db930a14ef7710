using Microsoft.Playwright;

namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>
/// One fresh browser context and page per test. Any console error, uncaught page error or
/// Content-Security-Policy violation fails the test: a page that logs errors is broken even when
/// it looks right, and one the policy refuses something is broken for every reader (ADR-011).
/// So does any page it visited that is not valid HTML or that axe-core finds a serious
/// accessibility fault in (<see cref="PageChecks"/>).
/// </summary>
public abstract class BrowserTest(PortalServer portal) : IAsyncLifetime
{
    private readonly List<string> _errors = [];
    private readonly List<string> _violations = [];
    private IBrowserContext? _context;
    private readonly HashSet<int> _expectedErrorStatuses = [];
    private readonly PageChecks _pageChecks = new(portal);

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
        _pageChecks.Watch(Page);
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && !_expectedErrorStatuses.Any(status => message.Text.Contains($"status of {status}", StringComparison.Ordinal)))
            {
                _errors.Add($"console: {message.Text}");
            }
        };
        Page.PageError += (_, error) => _errors.Add($"page error: {error}");
        await WatchForPolicyViolationsAsync(_context);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            _errors.AddRange(await _pageChecks.CheckAsync(_context));
            await _context.CloseAsync();
        }

        _errors.AddRange(PolicyViolations.Select(v => $"content security policy: {v}"));
        Assert.True(_errors.Count == 0, "The browser reported errors:\n" + string.Join('\n', _errors));
    }

    /// <summary>The Content-Security-Policy violations the pages reported so far.</summary>
    protected IReadOnlyList<string> PolicyViolations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    protected Task ScreenshotAsync(string name, bool fullPage = true) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, name + ".png"), FullPage = fullPage });

    /// <summary>
    /// Reports every violation twice over: Chromium's console message ("Refused to ... because it
    /// violates the following Content Security Policy directive"), whatever its level, and the
    /// securitypolicyviolation event, heard by a script the DevTools protocol adds to every
    /// document (such scripts are not subject to the page's policy) and passed to a binding that
    /// survives navigations.
    /// </summary>
    private async Task WatchForPolicyViolationsAsync(IBrowserContext context)
    {
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                Violation($"{Page.Url}: {message.Text}");
            }
        };
        await context.ExposeFunctionAsync("__reportPolicyViolation", (string violation) => Violation(violation));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e => window.__reportPolicyViolation(
                `${document.location.href}: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
            """);
    }

    private void Violation(string violation)
    {
        lock (_violations)
        {
            _violations.Add(violation);
        }
    }

    /// <summary>Checks the pages visited so far now (HTML validity, accessibility), rather than
    /// when the test ends; returns what is wrong with them.</summary>
    protected Task<IReadOnlyList<string>> CheckVisitedPagesAsync() => _pageChecks.CheckAsync(_context!);

    /// <summary>For a test that asks for a missing page on purpose: the browser logs the 404.</summary>
    protected void ExpectNotFoundResponse() => ExpectErrorResponse(404);

    /// <summary>For a test that opens a page answering an error status on purpose (403, 404).</summary>
    protected void ExpectErrorResponse(int status) => _expectedErrorStatuses.Add(status);
}
