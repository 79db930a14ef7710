using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Security;

/// <summary>
/// Every page, in both languages, works under the Content-Security-Policy: the framework's
/// script and modules load, and the browser reports no violation (BrowserTest fails the test on
/// any, through the console and the securitypolicyviolation event).
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class ContentSecurityPolicyTests(PortalServer portal) : BrowserTest(portal)
{
    private static readonly string[] Languages = ["en", "zh"];

    [Fact]
    public void Every_page_of_the_portal_is_visited_by_these_tests()
    {
        var visited = PortalPages.Public.Keys.Concat(PortalPages.Refusals.Keys).Concat(PortalPages.SignedIn.Keys).ToHashSet(StringComparer.Ordinal);

        var missing = PortalPages.RouteTemplates.Where(template => !visited.Contains(template)).ToList();

        Assert.True(missing.Count == 0, "Add an address for these pages to PortalPages: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_public_page_in_both_languages_loads_under_the_policy()
    {
        foreach (var language in Languages)
        {
            foreach (var path in PortalPages.Public.Values)
            {
                await LoadAsync($"/{language}{path}", expectedStatus: 200);
            }
        }

        await ScreenshotAsync("security-01-meeting-under-policy", fullPage: false);
    }

    [Fact]
    public async Task The_not_found_and_access_denied_pages_in_both_languages_load_under_the_policy()
    {
        foreach (var language in Languages)
        {
            foreach (var (path, status) in PortalPages.Refusals.Values)
            {
                ExpectErrorResponse(status);
                await LoadAsync($"/{language}{path}", expectedStatus: status);
            }
        }
    }

    [Fact]
    public async Task Every_page_for_signed_in_admins_and_editors_in_both_languages_loads_under_the_policy()
    {
        var account = await Portal.CreateAccountAsync(SeminarRoles.Admin, SeminarRoles.Editor);
        await Page.SignInAsync(account);
        await Page.GotoAsync("/en/admin/accounts");
        var accountPath = await Page.GetByRole(AriaRole.Link, new() { Name = account.Email }).GetAttributeAsync("href");
        var accountId = accountPath!.Split('/')[^1];

        foreach (var language in Languages)
        {
            foreach (var path in PortalPages.SignedIn.Values)
            {
                await LoadAsync($"/{language}{path.Replace("{account}", accountId, StringComparison.Ordinal)}", expectedStatus: 200);
            }
        }

        await ScreenshotAsync("security-02-admin-under-policy", fullPage: false);
    }

    [Fact]
    public async Task An_interactive_page_connects_its_circuit_over_a_WebSocket_and_answers_clicks()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        var circuit = Page.WaitForWebSocketAsync(new() { Predicate = socket => socket.Url.Contains("/_blazor", StringComparison.Ordinal) });

        await LoadAsync($"/en/edit{PortalPages.SeedMeeting}", expectedStatus: 200);
        await Expect(Page.Locator("form.edit-form")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview as a reader sees it" }).ClickAsync();

        // The preview is rendered by the server over the circuit: the click went through, and
        // the socket (connect-src 'self' allowing ws: on the same host) carried it.
        await Expect(Page.Locator(".preview article.speech").First).ToBeVisibleAsync();
        Assert.StartsWith("ws://", (await circuit).Url, StringComparison.Ordinal);
        await ScreenshotAsync("security-03-interactive-under-policy", fullPage: false);
        Assert.Empty(PolicyViolations);
    }

    [Fact]
    public async Task Enhanced_navigation_patches_pages_without_breaking_the_policy()
    {
        await LoadAsync("/en/", expectedStatus: 200);
        await Page.EvaluateAsync("() => window.__samePage = true");

        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Seminars" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Seminars", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reform themes" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Reform themes", Level = 1 })).ToBeVisibleAsync();

        // Blazor fetched the pages and patched the document: the window, and its policy, stayed.
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__samePage === true"), "The navigation reloaded the page instead of patching it.");
        Assert.Empty(PolicyViolations);
    }

    [Fact]
    public async Task The_policy_arrives_as_a_header_and_the_server_does_not_name_itself()
    {
        var response = await Page.GotoAsync("/en/");
        var headers = await response!.AllHeadersAsync();

        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.DoesNotContain("server", headers.Keys);
        await Expect(Page.Locator("meta[http-equiv='Content-Security-Policy']")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a page, checks it rendered and that blazor.web.js ran, and fails at once,
    /// naming the page, on a policy violation.</summary>
    private async Task LoadAsync(string address, int expectedStatus)
    {
        var response = await Page.GotoAsync(address, new() { WaitUntil = WaitUntilState.Load });

        Assert.True(response!.Status == expectedStatus, $"{address} answered {response.Status}");
        await Expect(Page.Locator("h1").First).ToBeVisibleAsync();
        await Page.WaitForFunctionAsync("() => typeof window.Blazor === 'object'");
        Assert.True(PolicyViolations.Count == 0, $"After {address}:\n" + string.Join('\n', PolicyViolations));
    }
}
