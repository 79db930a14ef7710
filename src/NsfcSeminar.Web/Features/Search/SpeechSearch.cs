using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Search.Copy;
using NsfcSeminar.Web.Hosting.Observability;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The one search: /search, the exports, the feed and /api/speeches all run it. The search copy
/// (<see cref="SearchCopy"/>) finds, ranks and counts the matches and marks the snippets, by one
/// <see cref="SearchPlan"/>; PostgreSQL resolves the filters' slugs through the reader rule and
/// reads back the rows of the page shown (ADR-017). Until the copy is built, a search says so
/// rather than searching another way. Each stage is a span and a point on the search-duration
/// metric (<see cref="SeminarMetrics.Stage"/>).
/// </summary>
internal sealed class SpeechSearch(
    IDbContextFactory<SeminarDbContext> dbFactory, SearchCopy copy, SearchResultCache cache, MarkdownRenderer markdown, SeminarMetrics? metrics = null)
{
    /// <summary>The backstop for one statement of a search, in seconds.</summary>
    public const int TimeoutSeconds = 5;

    /// <summary>Export rows are read from PostgreSQL this many at a time.</summary>
    private const int RowBatch = 1_000;

    /// <param name="fresh">Not from the result cache (a request that says <c>no-cache</c>).</param>
    public async Task<SearchResults> SearchAsync(SearchRequest request, ReaderAccess access, Language reader, bool withFacets, bool fresh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var total = metrics?.Stage("total");
        var search = new SearchAsked(request, access, reader, withFacets, fresh);
        return await TryAsync(search, lastTry: false, ct) ?? await TryAsync(search, lastTry: true, ct) ?? throw new UnreachableException();
    }

    /// <summary>One try: the copy is read first, then PostgreSQL reads the page and, in the same
    /// round trip and snapshot, what changed since the copy's horizon. Null when the copy read
    /// lacked a change that snapshot sees (an editor's save a moment ago): the copy has then been
    /// waited for, and the search is tried again; the last try answers with what it found.</summary>
    private async Task<SearchResults?> TryAsync(SearchAsked search, bool lastTry, CancellationToken ct)
    {
        var request = search.Request;
        await using var session = await SearchSession.OpenAsync(dbFactory, TimeoutSeconds, ct);
        var notices = request.Notices.ToList();
        try
        {
            if (!copy.IsReady)
            {
                notices.Add(new SearchNotice(SearchNoticeKind.Preparing));
                return Empty(request, new ActiveFilters(null, null, null, null), notices);
            }

            var generation = copy.Generation;
            if (!search.Fresh && await CachedAsync(session, search, ct) is { } cached)
            {
                return cached;
            }

            FilterIds ids;
            ActiveFilters filters;
            using (metrics?.Stage("resolve-filters"))
            {
                (ids, filters) = await session.ResolveAsync(request, search.Access, notices, ct);
            }

            if (SearchPlan.For(request, ids, search.Access, copy.Analyzer, notices) is not { } plan)
            {
                return Empty(request, filters, notices);
            }

            CopyMatches matches;
            CopyState held;
            using (metrics?.Stage("copy-query"))
            {
                matches = copy.Read(s => CopyMatching.Run(s, plan.Query, plan.ByRelevance, plan.Wanted, search.WithFacets), out held);
            }

            var (page, pageCount) = Paging(request, matches.Total, notices);
            var shown = matches.DocumentIds.Skip((page - 1) * SearchResults.PageSize).Take(SearchResults.PageSize).ToList();
            PageRead rows;
            using (metrics?.Stage("page-rows"))
            {
                rows = await session.PageAsync(shown, new FacetLabels(matches.Facets), held.Horizon, ct);
            }

            if (!lastTry && !await HeldAsync(rows.Seen, held, ct))
            {
                return null;
            }

            var snippets = new SnippetReader(markdown, search.Reader, plan.Marked, copy.Analyzer);
            var results = new SearchResults(request, Snippets(rows.Rows, snippets), matches.Total, page, pageCount, rows.Facets, filters, notices);
            cache.Set(request, search.Access, search.Reader, search.WithFacets, generation, results);
            return results;
        }
        catch (NpgsqlException e) when (IsTimeout(e) && !ct.IsCancellationRequested)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.TooSlow));
            return Empty(request, new ActiveFilters(null, null, null, null), notices);
        }
    }

    /// <summary>Every match in order, read as the caller consumes it (a batch of rows at a time).
    /// Until the copy is built it refuses (<see cref="SearchNotReadyException"/>): an empty export
    /// would say that the search found nothing.</summary>
    public async IAsyncEnumerable<ExportRow> StreamAsync(
        SearchRequest request, ReaderAccess access, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await SearchSession.OpenAsync(dbFactory, TimeoutSeconds * 24, ct);
        if (!copy.IsReady || !await session.CatchUpAsync(copy, ct))
        {
            throw new SearchNotReadyException();
        }

        var (ids, _) = await session.ResolveAsync(request, access, [], ct);
        if (SearchPlan.For(request, ids, access, copy.Analyzer, []) is not { } plan)
        {
            yield break;
        }

        var all = copy.Read(s => CopyMatching.Run(s, plan.Query, plan.ByRelevance, Math.Min(limit, CopyMatching.Count(s, plan.Query)), withFacets: false)).DocumentIds;
        foreach (var batch in all.Chunk(RowBatch))
        {
            foreach (var row in await session.RowsAsync(batch, ct))
            {
                yield return row;
            }
        }
    }

    /// <summary>The answer kept for this search, once the copy has caught up with what this
    /// search's snapshot sees (a kept answer is of the copy's generation it was found in).</summary>
    private async Task<SearchResults?> CachedAsync(SearchSession session, SearchAsked search, CancellationToken ct)
    {
        if (!cache.TryGet(search.Request, search.Access, search.Reader, search.WithFacets, copy.Generation, out _))
        {
            return null;
        }

        using (metrics?.Stage("catch-up"))
        {
            await session.CatchUpAsync(copy, ct);
        }

        return cache.TryGet(search.Request, search.Access, search.Reader, search.WithFacets, copy.Generation, out var cached) ? cached : null;
    }

    private async Task<bool> HeldAsync(SnapshotChanges seen, CopyState held, CancellationToken ct)
    {
        using var stage = metrics?.Stage("catch-up");
        return await copy.HeldAsync(seen, held, ct);
    }

    private List<SearchHit> Snippets(IReadOnlyList<PageRow> rows, SnippetReader snippets)
    {
        using var stage = metrics?.Stage("snippets");
        return rows.Select(r =>
        {
            var snippet = snippets.Choose(r.English, r.Chinese);
            return r.Row.ToHit(snippet, matchedElsewhere: snippets.HasWords && !SearchSnippets.HasMatch(snippet));
        }).ToList();
    }

    private static bool IsTimeout(NpgsqlException e) =>
        e.InnerException is TimeoutException || (e is PostgresException p && p.SqlState == PostgresErrorCodes.QueryCanceled);

    /// <summary>The page asked for, or the last one with a notice when it is past the end.</summary>
    private static (int Page, int PageCount) Paging(SearchRequest request, long total, List<SearchNotice> notices)
    {
        var pageCount = (int)Math.Clamp((total + SearchResults.PageSize - 1) / SearchResults.PageSize, 1, SearchResults.MaxPage);
        if (request.Page <= pageCount)
        {
            return (request.Page, pageCount);
        }

        notices.Add(new SearchNotice(total > SearchResults.MaxPage * SearchResults.PageSize ? SearchNoticeKind.PagesCapped : SearchNoticeKind.PagePastEnd, pageCount.ToString(CultureInfo.InvariantCulture)));
        return (pageCount, pageCount);
    }

    private static SearchResults Empty(SearchRequest request, ActiveFilters filters, List<SearchNotice> notices) =>
        new(request, [], 0, 1, 1, SearchFacets.None, filters, notices);
}

/// <summary>What a reader asked: the request, who asks, in which language, whether the facets are
/// wanted, and whether a kept answer will do.</summary>
internal sealed record SearchAsked(SearchRequest Request, ReaderAccess Access, Language Reader, bool WithFacets, bool Fresh);

/// <summary>The search copy is still being built, so the search cannot answer yet (the exports
/// answer 503 with a Retry-After rather than an empty file).</summary>
internal sealed class SearchNotReadyException() : InvalidOperationException("The search copy is being built; search answers once it is ready.");
