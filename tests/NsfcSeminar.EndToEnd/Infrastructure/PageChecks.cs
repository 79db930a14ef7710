using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>
/// Every page a browser test visits is checked twice over: its HTML, as served, by the Nu HTML
/// checker (no error), and its rendered page by axe-core (no serious or critical violation,
/// WCAG 2.2 target sizes included). The addresses are noted at each navigation, with the page's
/// width then, and checked when the test ends (or asks), in a second tab of the same browser
/// context (same width, same account): a check made during the test would race its clicks. An
/// address already checked at that width for that account in this run is not checked again.
/// </summary>
internal sealed class PageChecks(PortalServer portal)
{
    private const string AuthenticationCookie = ".AspNetCore.Identity.Application";

    private static readonly ConcurrentDictionary<string, bool> Checked = new(StringComparer.Ordinal);

    private readonly List<(string Url, ViewportSize Viewport)> _visited = [];

    /// <summary>Notes every address the page's main frame comes to: loads, redirects' ends,
    /// form results, and Blazor's enhanced navigation (which changes the address in place).</summary>
    public void Watch(IPage page) => page.FrameNavigated += (_, frame) =>
    {
        if (frame == page.MainFrame && page.ViewportSize is { } viewport)
        {
            lock (_visited)
            {
                _visited.Add((frame.Url, new ViewportSize { Width = viewport.Width, Height = viewport.Height }));
            }
        }
    };

    /// <summary>Checks the pages visited since the last check; returns what is wrong with them.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(IBrowserContext context)
    {
        var account = (await context.CookiesAsync()).FirstOrDefault(c => c.Name == AuthenticationCookie)?.Value ?? "anonymous";
        var problems = new List<string>();
        IPage? tab = null;
        foreach (var (address, viewport) in TakeVisited())
        {
            if (!Checked.TryAdd($"{viewport.Width} {account} {address}", true))
            {
                continue;
            }

            if (tab is null)
            {
                tab = await context.NewPageAsync();
                await tab.AddInitScriptAsync(scriptPath: TestTools.Axe);
            }

            await tab.SetViewportSizeAsync(viewport.Width, viewport.Height);
            problems.AddRange((await CheckAsync(tab, address)).Select(p => $"{address} at {viewport.Width}px: {p}"));
        }

        if (tab is not null)
        {
            await tab.CloseAsync();
        }

        return problems;
    }

    private List<(string Address, ViewportSize Viewport)> TakeVisited()
    {
        lock (_visited)
        {
            var visited = _visited
                .Select(v => (Uri: new Uri(v.Url), v.Viewport))
                .Where(v => v.Uri.Scheme is "http" or "https" && v.Uri.Authority == portal.BaseAddress.Authority)
                .Select(v => (v.Uri.GetLeftPart(UriPartial.Query), v.Viewport))
                .DistinctBy(v => (v.Item1, v.Viewport.Width))
                .ToList();
            _visited.Clear();
            return visited;
        }
    }

    private async Task<IReadOnlyList<string>> CheckAsync(IPage tab, string address)
    {
        var response = await tab.GotoAsync(address);
        if (response is null || !(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
        {
            return [];
        }

        var errors = (await portal.HtmlChecker.ErrorsAsync(await response.TextAsync())).Select(e => "HTML " + e).ToList();
        var violations = await tab.EvaluateAsync<JsonElement>("""
            async () => {
                const results = await axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
                return results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `axe ${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        errors.AddRange(violations.EnumerateArray().Select(v => v.GetString()!));
        return errors;
    }
}
