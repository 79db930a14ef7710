using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NsfcSeminar.Benchmarks;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Features.Search.Copy;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>The in-process search copy, the one engine, answers consistently and follows every change.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SearchCopyTests(DatabaseFixture fixture)
{
    private static SearchRequest Request(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        return SearchRequest.Parse(name => values.TryGetValue(name, out var value) ? value.ToString() : null);
    }

    /// <summary>The query string with these parameters set (replacing any it had).</summary>
    private static string With(string query, params (string Name, string Value)[] values)
    {
        var parameters = QueryHelpers.ParseQuery(query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        foreach (var (name, value) in values)
        {
            parameters[name] = value;
        }

        return QueryHelpers.AddQueryString("", parameters).TrimStart('?');
    }

    /// <summary>The filters and the facets are one translation of the plan: for every benchmark
    /// query, filtering by a kind, a language or a year finds exactly as many matches as its
    /// facet counted, and the kinds and years together count every match once.</summary>
    [Fact]
    public async Task Every_facet_count_is_what_filtering_by_its_value_finds_for_every_benchmark_query()
    {
        await fixture.ResetAsync();
        await new ArchiveLoader(fixture.ConnectionString, meetings: 40, speechesPerMeeting: 8).LoadAsync();
        var search = fixture.Portal.Services.GetRequiredService<SpeechSearch>();
        Task<SearchResults> SearchAsync(string query) => search.SearchAsync(Request(query), ReaderAccess.Anonymous, Language.En, withFacets: true, fresh: true, default);

        var found = 0;
        foreach (var (name, query) in QuerySet.Queries)
        {
            var all = await SearchAsync(query);

            found += all.Total > 0 ? 1 : 0;
            Assert.True(Math.Min(all.Total, SearchResults.PageSize) == all.Hits.Count, $"{name}: {all.Hits.Count} shown of {all.Total}");
            Assert.True(all.Total == all.Facets.Kinds.Sum(v => v.Count), $"{name}: kinds");
            Assert.True(all.Total == all.Facets.Years.Sum(v => v.Count), $"{name}: years");
            foreach (var kind in all.Facets.Kinds)
            {
                Assert.True(kind.Count == (await SearchAsync(With(query, ("kind", kind.Value)))).Total, $"{name}: kind {kind.Value}");
            }

            foreach (var language in all.Facets.Languages)
            {
                Assert.True(language.Count == (await SearchAsync(With(query, ("lang", language.Value)))).Total, $"{name}: language {language.Value}");
            }

            foreach (var year in all.Facets.Years.Take(2))
            {
                Assert.True(year.Count == (await SearchAsync(With(query, ("from", year.Value), ("to", year.Value)))).Total, $"{name}: year {year.Value}");
            }
        }

        Assert.True(found >= QuerySet.Queries.Count - 2, $"only {found} of the queries found anything");

        // The loader emptied and rebuilt the documents: the copy was rebuilt, and answered.
        Assert.True(fixture.Portal.Services.GetRequiredService<SearchCopy>().IsReady);
    }

    [Fact]
    public async Task A_meeting_unpublished_or_deleted_leaves_the_copy_at_the_next_search()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        await using (var db = fixture.CreateDbContext())
        {
            await archive.SaveAsync(db);
        }

        var search = fixture.Portal.Services.GetRequiredService<SpeechSearch>();
        async Task<long> FoundAsync() => (await search.SearchAsync(Request("q=reform"), ReaderAccess.Staff, Language.En, withFacets: false, fresh: true, default)).Total;
        var before = await FoundAsync();

        await using (var db = fixture.CreateDbContext())
        {
            var meeting = await db.Meetings.Include(m => m.Speeches).FirstAsync(m => m.Speeches.Any(s => s.Anchor == "reform-keynote"));
            meeting.Status = PublicationStatus.Draft;
            await db.SaveWithRevisionsAsync();
        }

        var unpublished = await FoundAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await db.Meetings.Where(m => m.Status == PublicationStatus.Published).ExecuteDeleteAsync();
        }

        Assert.True(before > unpublished);
        Assert.True(unpublished > 0);
        Assert.Equal(0, await FoundAsync());
    }

    [Fact]
    public async Task A_repeated_search_is_answered_from_the_cache_until_a_record_changes()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await new SearchArchive().SaveAsync(db);
        }

        var search = fixture.Portal.Services.GetRequiredService<SpeechSearch>();
        Task<SearchResults> SearchAsync(bool fresh) => search.SearchAsync(Request("q=reform"), ReaderAccess.Anonymous, Language.En, withFacets: true, fresh, default);

        var first = await SearchAsync(fresh: false);
        var repeated = await SearchAsync(fresh: false);
        var askedFresh = await SearchAsync(fresh: true);
        await using (var db = fixture.CreateDbContext())
        {
            var meeting = ArchiveBuilder.Meeting("Another reform seminar", new DateOnly(2025, 3, 1));
            meeting.Speeches.Add(SearchArchive.Speech("again", SpeechKind.Report, ArchiveBuilder.Person("New Speaker"), null, null, ("Reform again", "Reform, once more."), null));
            await meeting.SaveAsync(db);
        }

        var afterTheSave = await SearchAsync(fresh: false);

        Assert.Same(first, repeated);
        Assert.NotSame(first, askedFresh);
        Assert.Equal(first.Total, askedFresh.Total);
        Assert.Equal(first.Total + 2, afterTheSave.Total);
    }

    [Fact]
    public async Task A_copy_left_by_a_process_that_ended_is_removed_when_a_copy_is_built()
    {
        var abandoned = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"nsfc-seminar-search-{int.MaxValue}-abandoned"));
        using var copy = new SearchCopy(fixture.Portal.Services.GetRequiredService<IDbContextFactory<SeminarDbContext>>());

        await copy.StartAsync(default);

        abandoned.Refresh();
        Assert.False(abandoned.Exists);
        Assert.True(copy.IsReady);
    }

    /// <summary>The resumed copy also writes the pieces of four the first build chose
    /// (<see cref="CommonFours"/>): a piece it holds is found in the new speech as in the old,
    /// and a piece it never held is found as the phrase of its bigrams.</summary>
    [Fact]
    public async Task A_kept_copy_is_resumed_by_the_next_run_and_catches_up_with_what_changed_meanwhile()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await new SearchArchive().SaveAsync(db);
        }

        var dbFactory = fixture.Portal.Services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
        var folder = Directory.CreateTempSubdirectory("kept-search-copy-");
        var options = Options.Create(new SearchOptions { SearchCopyFolder = folder.FullName });
        try
        {
            bool firstRunResumed;
            long heldBefore;
            using (var firstRun = new SearchCopy(dbFactory, options))
            {
                firstRunResumed = await firstRun.StartAsync(default);
                heldBefore = await TotalAsync(firstRun, "q=加强基础");
            }

            await using (var db = fixture.CreateDbContext())
            {
                var meeting = ArchiveBuilder.Meeting("Seminar held while the portal was stopped", new DateOnly(2025, 4, 1));
                meeting.Speeches.Add(SearchArchive.Speech("meanwhile", SpeechKind.Report, ArchiveBuilder.Person("Late Speaker"), null, null, ("Quokka census", "Quokka."), ("袋鼠调查", "继续加强基础调查。")));
                await meeting.SaveAsync(db);
            }

            using var secondRun = new SearchCopy(dbFactory, options);
            var secondRunResumed = await secondRun.StartAsync(default);

            Assert.False(firstRunResumed);
            Assert.True(secondRunResumed);
            Assert.Equal(1L, await TotalAsync(secondRun, "q=quokka"));
            Assert.Equal(heldBefore + 1, await TotalAsync(secondRun, "q=加强基础"));
            Assert.Equal(1L, await TotalAsync(secondRun, "q=基础调查"));
            var health = await new SearchCopyHealth(secondRun, TimeProvider.System).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Healthy, health.Status);
            Assert.False(health.Data.ContainsKey("documents"), "a resumed copy reports no build, not 0 of 0 documents");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<long> TotalAsync(SearchCopy copy, string query)
    {
        var services = fixture.Portal.Services;
        var search = new SpeechSearch(services.GetRequiredService<IDbContextFactory<SeminarDbContext>>(), copy, services.GetRequiredService<SearchResultCache>(), services.GetRequiredService<MarkdownRenderer>());
        var found = await search.SearchAsync(Request(query), ReaderAccess.Anonymous, Language.En, withFacets: false, fresh: true, default);
        return found.Total;
    }

    [Fact]
    public async Task Health_says_healthy_and_ready_once_the_copy_is_built()
    {
        using var client = fixture.Portal.CreateClient();
        var copy = fixture.Portal.Services.GetRequiredService<SearchCopy>();

        // An earlier test may have left the copy being built again (Degraded) after emptying the archive.
        for (var tries = 0; copy.Progress.Building && tries < 600; tries++)
        {
            await Task.Delay(50);
        }

        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Contains("\"status\":\"Healthy\"", await client.GetStringAsync("/health/ready"), StringComparison.Ordinal);
    }
}
