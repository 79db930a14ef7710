using System.Diagnostics;
using Npgsql;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Search;
using NsfcSeminar.Web.Features.Accounts;
using Xunit.Abstractions;

namespace NsfcSeminar.IntegrationTests.Caching;

/// <summary>Anonymous reading pages come from each instance's page cache, and a committed change
/// evicts exactly the pages that show it on every instance (ADR-019); a signed-in view is never
/// shared.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PageCacheTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    /// <summary>Only bounds a failing test; the measured time is written to the output.</summary>
    private static readonly TimeSpan EvictedWithin = TimeSpan.FromSeconds(5);

    private readonly SearchArchive _archive = new();

    private string Page2021 => $"/en/meetings/{_archive.Seminar2021.Slug}";

    private string Page2023 => $"/en/meetings/{_archive.Seminar2023.Slug}";

    [Fact]
    public async Task A_change_committed_by_plain_SQL_evicts_the_meeting_page_on_every_instance_and_leaves_other_meetings_cached()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await _archive.SaveAsync(db);
        }

        await using var second = new PortalFactory(fixture.ConnectionString);
        var portals = new[] { fixture.Portal, second };
        var clients = portals.Select(p => p.CreateClient()).ToList();
        foreach (var (portal, client) in portals.Zip(clients))
        {
            Assert.Contains("Reform of funding", await client.GetStringAsync(Page2021), StringComparison.Ordinal);
            await client.GetStringAsync(Page2023);
            Assert.Equal(0, await portal.CountSqlCommandsAsync(client, Page2021, cacheAllowed: true));
        }

        await ExecuteAsync("UPDATE speech_texts SET title = 'Reform of research funding' WHERE speech_id = (SELECT id FROM speeches WHERE anchor = 'reform-keynote') AND language = 'en'");
        var clock = Stopwatch.StartNew();
        var fresh = await Task.WhenAll(clients.Select(client => UntilAsync(async () =>
            (await client.GetStringAsync(Page2021)).Contains("Reform of research funding", StringComparison.Ordinal))));
        output.WriteLine($"Both instances showed the change after {clock.ElapsedMilliseconds} ms.");

        Assert.All(fresh, Assert.True);
        foreach (var (portal, client) in portals.Zip(clients))
        {
            // A speech's change touches its own meeting's page, not another meeting's.
            Assert.Equal(0, await portal.CountSqlCommandsAsync(client, Page2023, cacheAllowed: true));
        }
    }

    [Fact]
    public async Task A_person_renamed_evicts_every_page_that_may_name_them()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await _archive.SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();
        Assert.Contains("Dou Xiankang", await client.GetStringAsync(Page2021), StringComparison.Ordinal);

        await ExecuteAsync("UPDATE people SET name_en = 'Dou Xian-kang' WHERE name_en = 'Dou Xiankang'");

        Assert.True(await UntilAsync(async () => (await client.GetStringAsync(Page2021)).Contains("Dou Xian-kang", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_kept_page_lets_Blazor_patch_it_on_an_enhanced_navigation_and_is_never_served_to_a_plain_request()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await _archive.SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();
        var enhanced = new[] { await AskAsync(client, enhanced: true), await AskAsync(client, enhanced: true) };
        var plain = await AskAsync(client, enhanced: false);

        Assert.All(enhanced, headers => Assert.Equal("allow", Assert.Single(headers.GetValues("blazor-enhanced-nav"))));
        Assert.NotNull(enhanced[1].Age);
        Assert.False(plain.Contains("ssr-framing"));
    }

    private async Task<System.Net.Http.Headers.HttpResponseHeaders> AskAsync(HttpClient client, bool enhanced)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Page2021);
        request.Headers.TryAddWithoutValidation("Accept", enhanced ? "text/html; blazor-enhanced-nav=on" : "text/html");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers;
    }

    [Fact]
    public async Task A_signed_in_view_is_never_kept_for_anonymous_readers_and_never_served_from_their_entry_nor_another_readers_cookie()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await _archive.SaveAsync(db);
        }

        using var anonymous = fixture.Portal.CreateClient();
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        await anonymous.GetStringAsync(Page2021);
        using (var another = fixture.Portal.CreateClient())
        using (var kept = await another.GetAsync(Page2021))
        {
            // From the cache (it says how old the page is), without the first reader's antiforgery cookie.
            // Its policy names the nonce its one inline script was written with.
            var nonce = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await kept.Content.ReadAsStringAsync())
                .QuerySelector("script[nonce]")!.GetAttribute("nonce");
            Assert.Contains($"'nonce-{nonce}'", Assert.Single(kept.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.NotNull(kept.Headers.Age);
            Assert.DoesNotContain(kept.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        }

        Assert.Equal(0, await fixture.Portal.CountSqlCommandsAsync(anonymous, Page2021, cacheAllowed: true));
        Assert.NotEqual(0, await fixture.Portal.CountSqlCommandsAsync(staff, Page2021, cacheAllowed: true));
        Assert.True((await HtmlPage.GetAsync(staff, Page2021)).IsSignedIn());
        Assert.False((await HtmlPage.GetAsync(anonymous, Page2021)).IsSignedIn());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task<bool> UntilAsync(Func<Task<bool>> holds)
    {
        var clock = Stopwatch.StartNew();
        while (!await holds())
        {
            if (clock.Elapsed > EvictedWithin)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
