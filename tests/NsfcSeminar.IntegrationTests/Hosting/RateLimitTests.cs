using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Accounts;

namespace NsfcSeminar.IntegrationTests.Hosting;

/// <summary>Anonymous clients get a few exports, API calls and sign-in posts per window, then a
/// 429 with Retry-After in the endpoint's format; signed-in staff are not limited.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class RateLimitTests(DatabaseFixture fixture)
{
    private const int Permits = 2;

    private WebApplicationFactory<Program> LimitedPortal() => fixture.Portal.With(
        ("Seminar:RateLimits:Exports:PermitLimit", $"{Permits}"),
        ("Seminar:RateLimits:Exports:WindowSeconds", "600"),
        ("Seminar:RateLimits:Api:PermitLimit", $"{Permits}"),
        ("Seminar:RateLimits:Api:WindowSeconds", "600"),
        ("Seminar:RateLimits:SignIn:PermitLimit", $"{Permits}"),
        ("Seminar:RateLimits:SignIn:WindowSeconds", "600"));

    [Theory]
    [InlineData("/search/export.csv?q=-")]
    [InlineData("/search/export.json?q=-")]
    public async Task An_anonymous_client_gets_429_with_Retry_After_once_its_exports_are_spent(string url)
    {
        await fixture.ResetAsync();
        await using var portal = LimitedPortal();
        using var client = portal.CreateClient();

        for (var i = 0; i < Permits; i++)
        {
            using var allowed = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/plain", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_API_answers_429_as_problem_details()
    {
        await fixture.ResetAsync();
        await using var portal = LimitedPortal();
        using var client = portal.CreateClient();

        for (var i = 0; i < Permits; i++)
        {
            using var allowed = await client.GetAsync(i % 2 == 0 ? "/api/meetings" : "/api/speeches?q=reform");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/api/themes");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Signed_in_staff_are_not_limited()
    {
        await fixture.ResetAsync();
        await using var portal = LimitedPortal();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Staff);
        using var client = portal.CreateClient();
        Assert.True((await client.SignInAsync(account.Email, account.Password)).IsSignedIn());

        for (var i = 0; i < Permits * 3; i++)
        {
            using var export = await client.GetAsync("/search/export.csv?q=-");
            using var api = await client.GetAsync("/api/meetings");
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
    }

    [Fact]
    public async Task Sign_in_posts_are_limited_but_the_form_itself_is_not()
    {
        await fixture.ResetAsync();
        await using var portal = LimitedPortal();
        using var client = portal.CreateClient();

        for (var i = 0; i < Permits; i++)
        {
            var wrong = await client.SignInAsync($"nobody-{i}@example.org", "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
        }

        using var form = await client.GetAsync("/en/account/sign-in");
        using var refused = await FormPost.SendAsync(client, "/en/account/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = "nobody@example.org",
            ["Input.Password"] = "not the password at all",
        });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("try again", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
