using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Search;
using NsfcSeminar.Web.Features.Accounts;

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
    [InlineData("/search/export.csv?q=-", "text/plain")]
    [InlineData("/search/export.json?q=-", "text/plain")]
    [InlineData("/en/search/cite.ris?q=-", "text/plain")]
    [InlineData("/api/meetings", "application/problem+json")]
    [InlineData("/api/speeches?q=reform", "application/problem+json")]
    public async Task An_anonymous_client_gets_429_with_Retry_After_once_its_requests_are_spent(string url, string mediaType)
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
        Assert.Equal(mediaType, refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Only_one_anonymous_export_runs_at_once_per_address_when_so_configured()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            // Enough text that the first export fills the response pipe and waits for its reader.
            var meeting = ArchiveBuilder.Meeting("Long export seminar", new DateOnly(2022, 2, 2));
            var speaker = ArchiveBuilder.Person("Long Speaker");
            for (var i = 1; i <= 400; i++)
            {
                meeting.Speeches.Add(SearchArchive.Speech($"s{i}", SpeechKind.Discussion, speaker, null, null, ($"Remark {i} " + new string('t', 400), "On concurrency."), null));
            }

            await meeting.SaveAsync(db);
        }

        await using var portal = fixture.Portal.With(
            ("Seminar:RateLimits:Exports:PermitLimit", "100"), ("Seminar:RateLimits:Exports:Concurrent", "1"));
        using var client = portal.CreateClient();

        using (var first = await client.GetAsync("/search/export.csv?q=concurrency", HttpCompletionOption.ResponseHeadersRead))
        {
            using var second = await client.GetAsync("/search/export.json?q=concurrency");

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero);

            // The body ends only after the export, and its hold on the limit, has ended.
            Assert.Contains("Long Speaker", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var after = await client.GetAsync("/search/export.json?q=concurrency");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
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
