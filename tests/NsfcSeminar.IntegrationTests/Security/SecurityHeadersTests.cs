using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Security;

[Collection(DatabaseTestGroup.Name)]
public sealed class SecurityHeadersTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("/en/", HttpStatusCode.OK)]
    [InlineData("/zh/meetings", HttpStatusCode.OK)]
    [InlineData("/en/meetings/no-such-seminar", HttpStatusCode.NotFound)]
    [InlineData("/zh/no/such/address", HttpStatusCode.NotFound)]
    [InlineData("/meetings", HttpStatusCode.Redirect)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/api/meetings", HttpStatusCode.OK)]
    [InlineData("/api/meetings/no-such-seminar", HttpStatusCode.NotFound)]
    [InlineData("/feeds/seminars.atom", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/favicon.png", HttpStatusCode.OK)]
    [InlineData("/app.css", HttpStatusCode.OK)]
    [InlineData("/en/admin/accounts", HttpStatusCode.Redirect)]
    public async Task Every_kind_of_response_carries_the_security_headers(string url, HttpStatusCode status)
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_scripts_and_styles_a_page_loads_carry_the_headers()
    {
        // Served from the build output as in Development: this portal runs as Production from
        // the source folder, where the collocated modules and the scoped-CSS bundle are not.
        await using var portal = fixture.Portal.WithWebHostBuilder(builder => builder.UseStaticWebAssets());
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        var page = await HtmlPage.GetAsync(client, "/en/");
        var assets = page.Document.QuerySelectorAll("script[src], link[rel=stylesheet]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .ToList();

        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("ReconnectModal", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(new Uri(new Uri(page.Address, page.BasePath), asset));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            AssertSecurityHeaders(response);
        }
    }

    [Fact]
    public async Task A_server_error_keeps_the_headers_the_exception_handler_would_clear()
    {
        await using var portal = fixture.Portal.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingEndpoint>()));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(FailingEndpoint.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Pages_for_signed_in_editors_and_admins_carry_the_headers_too()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Admin, SeminarRoles.Editor);

        using var accounts = await client.GetAsync("/zh/admin/accounts");
        using var audit = await client.GetAsync("/en/admin/audit");

        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        AssertSecurityHeaders(accounts);
        AssertSecurityHeaders(audit);
    }

    [Fact]
    public async Task The_policy_allows_no_inline_or_evaluated_script_no_plugins_and_no_framing()
    {
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync("/en/");
        var policy = PolicyHeader.Of(response);

        Assert.Equal(["'self'"], policy["default-src"]);
        Assert.Equal(["'self'", $"'nonce-{policy.Nonce}'"], policy["script-src"]);
        Assert.Equal(["'self'"], policy["style-src"]);
        Assert.Equal(["'self'"], policy["connect-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'self'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        foreach (var unsafeSource in new[] { "'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "*" })
        {
            Assert.DoesNotContain(unsafeSource, policy["script-src"]);
        }
    }

    [Fact]
    public async Task Each_rendered_response_has_its_own_nonce_and_the_only_inline_script_carries_it()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        // Rendered afresh, not served from the page cache (where a kept page keeps its nonce, ADR-019).
        client.DefaultRequestHeaders.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var first = await client.GetAsync("/en/meetings/2024-11-16-party-group-strategy-seminar");
        using var second = await client.GetAsync("/en/meetings/2024-11-16-party-group-strategy-seminar");
        var page = await HtmlPage.FromResponseAsync(first, client);
        var nonce = PolicyHeader.Of(first).Nonce;

        Assert.NotEqual(nonce, PolicyHeader.Of(second).Nonce);
        Assert.True(Convert.FromBase64String(nonce).Length >= 16, "A nonce needs at least 128 random bits.");
        var inline = Assert.Single(page.Document.QuerySelectorAll("script:not([src])"));
        Assert.Equal("importmap", inline.GetAttribute("type"));
        Assert.Equal(nonce, inline.GetAttribute("nonce"));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
        Assert.DoesNotContain(page.Document.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var policy = PolicyHeader.Of(response);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.DoesNotContain("'unsafe-inline'", policy["script-src"]);
        Assert.DoesNotContain("'unsafe-eval'", policy["script-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()" })
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");

    /// <summary>Adds, in front of the portal's own pipeline, an address that always throws.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public const string Path = "/test-only/throws";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, Func<Task> nextMiddleware) =>
                context.Request.Path == Path ? throw new InvalidOperationException("a failure on purpose") : nextMiddleware());
        };
    }
}
