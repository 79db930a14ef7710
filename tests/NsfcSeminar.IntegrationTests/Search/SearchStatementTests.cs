using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Search;
using Xunit.Abstractions;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>The copy answers a search; PostgreSQL only reads back the page it shows (ADR-017).
/// Round trips are counted as Npgsql traces them (a batch of statements is one), under the
/// search's own activity, so that no other work of the portal is counted.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SearchStatementTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    private const string Source = "NsfcSeminar.IntegrationTests.Search";

    private static readonly ActivitySource Tests = new(Source);

    [Fact]
    public async Task A_search_with_words_reads_its_page_and_checks_the_copy_for_changes_in_one_round_trip()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await new SearchArchive().SaveAsync(db);
        }

        var search = fixture.Portal.Services.GetRequiredService<SpeechSearch>();
        await search.SearchAsync(Request("q=reform"), ReaderAccess.Anonymous, Language.En, withFacets: true, fresh: true, default);

        var (results, statements) = await CountedAsync(() => search.SearchAsync(Request("q=reform"), ReaderAccess.Anonymous, Language.En, withFacets: true, fresh: true, default));
        output.WriteLine($"q=reform: {statements.Count} statements: {string.Join(" | ", statements)}");

        Assert.True(results.Total > 0);
        Assert.NotEmpty(results.Facets.Themes);
        // The changes the copy might lack, the page with its snippets' texts and the facets'
        // names, and the end of the transaction, sent together: no matching, counting or
        // snippet is asked of PostgreSQL.
        var roundTrip = Assert.Single(statements);
        Assert.Contains("search_changes", roundTrip, StringComparison.Ordinal);
        Assert.Contains("unnest(@ids::bigint[])", roundTrip, StringComparison.Ordinal);
        Assert.Contains("COMMIT", roundTrip, StringComparison.Ordinal);
        Assert.DoesNotContain(statements, s => s.Contains("tsquery", StringComparison.Ordinal) || s.Contains("ts_headline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_filters_a_search_names_are_resolved_in_one_round_trip_whatever_their_number()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        await using (var db = fixture.CreateDbContext())
        {
            await archive.SaveAsync(db);
        }

        var search = fixture.Portal.Services.GetRequiredService<SpeechSearch>();
        var query = $"q=reform&theme={archive.BasicResearch.Slug}&speaker={archive.Dou.Slug}&org=no-such-body";
        await search.SearchAsync(Request(query), ReaderAccess.Anonymous, Language.En, withFacets: true, fresh: true, default);

        var (results, statements) = await CountedAsync(() => search.SearchAsync(Request(query), ReaderAccess.Anonymous, Language.En, withFacets: true, fresh: true, default));
        output.WriteLine($"{query}: {statements.Count} statements: {string.Join(" | ", statements)}");

        Assert.Equal(["reform-keynote"], results.Hits.Select(h => h.Row.Anchor));
        Assert.Equal(archive.Dou.Slug, results.Filters.Speaker?.Slug);
        Assert.Contains(results.Notices, n => n.Kind == SearchNoticeKind.UnknownOrganisation);
        // The filters (unknown ones too), then the page with the check for changes.
        Assert.Equal(2, statements.Count);
    }

    private static SearchRequest Request(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        return SearchRequest.Parse(name => values.TryGetValue(name, out var value) ? value.ToString() : null);
    }

    /// <summary>What <paramref name="run"/> returns, and the SQL of every statement it sent.</summary>
    private static async Task<(T Result, IReadOnlyList<string> Statements)> CountedAsync<T>(Func<Task<T>> run)
    {
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or Source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                // Under this test's span, directly or through the search's own stage spans.
                if (activity.Source.Name == "Npgsql" && Ancestors(activity).Any(a => a.Source.Name == Source))
                {
                    statements.Enqueue(activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        T result;
        using (Tests.StartActivity("search"))
        {
            result = await run();
        }

        return (result, [.. statements]);
    }

    private static IEnumerable<Activity> Ancestors(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }
}
