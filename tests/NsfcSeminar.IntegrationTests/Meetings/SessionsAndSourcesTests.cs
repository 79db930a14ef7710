using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Interchange;

namespace NsfcSeminar.IntegrationTests.Meetings;

/// <summary>The meeting page of a seminar of two days: its sessions with their speeches, what
/// each participant did, a group's size, a speaker the sources do not name, and its sources with
/// an archived copy served as a sandboxed download.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SessionsAndSourcesTests(DatabaseFixture fixture)
{
    private const string Page = "/en/meetings/2025-03-01-test-seminar";

    [Fact]
    public async Task The_page_lists_sessions_with_their_speeches_and_says_who_did_what_in_both_languages()
    {
        await ImportAsync();
        using var client = fixture.Portal.CreateClient();

        var english = await HtmlPage.GetAsync(client, Page);
        var chinese = await HtmlPage.GetAsync(client, "/zh/meetings/2025-03-01-test-seminar");

        var session = english.Document.QuerySelector("#session-day-two")!.TextContent;
        Assert.Contains("Second day", session, StringComparison.Ordinal);
        Assert.Contains("Chaired by Wang Lan", session, StringComparison.Ordinal);
        Assert.Contains("Discussion remarks by a professor of Peking University", session, StringComparison.Ordinal);
        var participants = english.Document.QuerySelector(".participants")!.TextContent;
        Assert.Contains("chaired the opening session", participants, StringComparison.Ordinal);
        Assert.Contains("(more than 110)", participants, StringComparison.Ordinal);
        Assert.Contains("一位北京大学教授", chinese.Document.QuerySelector("#speech-professor .speaker")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("（110余人）", chinese.Document.QuerySelector(".participants")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_are_listed_with_their_publisher_dates_and_a_link_to_the_archived_copy()
    {
        await ImportAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, Page);

        var source = page.Document.QuerySelector(".sources li")!;
        Assert.Equal("https://www.nsfc.gov.cn/publish/portal0/tab440/", source.QuerySelector("a.source-address")!.GetAttribute("href"));
        Assert.Contains("NSFC", source.TextContent, StringComparison.Ordinal);
        Assert.Contains("published on 3 March 2025", source.TextContent, StringComparison.Ordinal);
        Assert.Contains("release.html", source.QuerySelector(".archived-copy a")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archived_copy_is_a_sandboxed_download_under_its_own_type_never_a_page_of_the_portal()
    {
        var hash = await ImportAsync();
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync($"{Page}/sources/{hash}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("release.html", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox; default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(Bundles.Release, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_copy_of_a_seminar_a_reader_may_not_see_is_not_found()
    {
        var hash = await ImportAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await db.Meetings.ExecuteUpdateAsync(m => m.SetProperty(x => x.Visibility, Visibility.StaffOnly));
        }

        using var client = fixture.Portal.CreateClient();
        using var response = await client.GetAsync($"{Page}/sources/{hash}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Harvesters_read_the_sources_as_dc_source_and_no_empty_title_for_an_untitled_speech()
    {
        await ImportAsync();
        using var client = fixture.Portal.CreateClient();

        var meeting = await client.GetStringAsync("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:meeting/2025-03-01-test-seminar");
        var speech = await client.GetStringAsync("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:speech/2025-03-01-test-seminar/professor");

        Assert.Contains("<dc:source>https://www.nsfc.gov.cn/publish/portal0/tab440/</dc:source>", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("<dc:title xml:lang=\"zh\"></dc:title>", speech, StringComparison.Ordinal);
        Assert.DoesNotContain("<dc:title xml:lang=\"zh\" />", speech, StringComparison.Ordinal);
    }

    private async Task<string> ImportAsync()
    {
        await fixture.ResetAsync();
        var report = await Archive.Shared(fixture).ImportAsync(Bundles.WithSessionsAndSources().Bytes());
        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        await using var db = fixture.CreateDbContext();
        return await db.ArchivedCopies.Select(c => c.Sha256).SingleAsync();
    }
}
