using System.Globalization;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;
using NsfcSeminar.Web.Features.Search.Mirror;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The one search: /search, the exports, the feed and /api/speeches all run it. The search copy
/// (<see cref="SearchMirror"/>) finds, ranks and counts the matches once it is built; PostgreSQL
/// resolves the filters, gives the rows and snippets of the page shown, and runs the whole
/// search itself (<c>search_documents</c> with hand-written SQL, ranked by RUM) until the copy
/// is ready. Every value from the request is a parameter. A statement timeout bounds every
/// search, so a pathological one fails fast with a message.
/// </summary>
internal sealed class SpeechSearch(IDbContextFactory<SeminarDbContext> dbFactory, SearchMirror mirror, SearchResultCache cache, MarkdownRenderer markdown)
{
    public const int TimeoutMilliseconds = 5_000;

    /// <summary>Export rows are read from PostgreSQL this many at a time.</summary>
    private const int RowBatch = 1_000;

    /// <param name="fresh">Not from the result cache (a request that says <c>no-cache</c>).</param>
    public async Task<SearchResults> SearchAsync(SearchRequest request, ReaderAccess access, Language reader, bool withFacets, bool fresh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await SearchSession.OpenAsync(dbFactory, TimeoutMilliseconds, ct);
        var notices = request.Notices.ToList();
        try
        {
            var fromCopy = mirror.IsReady && await session.CatchUpAsync(mirror, ct);
            var generation = mirror.Generation;
            if (fromCopy && !fresh && cache.TryGet(request, access, reader, withFacets, generation, out var cached))
            {
                return cached;
            }

            var (ids, filters) = await session.ResolveAsync(request, access, notices, ct);
            var tsquery = await session.TsQueryAsync(request.Query, notices, ct);
            if (request.IsBlank || (request.Query.HasTerms && tsquery is null))
            {
                return Empty(request, filters, notices);
            }

            var conditions = SearchConditions.For(request, ids, tsquery, access);
            if (!fromCopy)
            {
                return await FromDatabaseAsync(session, conditions, request, new SnippetReader(markdown, reader, request.Query), withFacets, filters, notices, ct);
            }

            var results = await FromCopyAsync(session, conditions, request, ids, access, reader, withFacets, filters, notices, ct);
            cache.Set(request, access, reader, withFacets, generation, results);
            return results;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled && !ct.IsCancellationRequested)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.TooSlow));
            return Empty(request, new ActiveFilters(null, null, null, null), notices);
        }
    }

    /// <summary>Every match in order, read as the caller consumes it (a batch of rows at a time).</summary>
    public async IAsyncEnumerable<SearchRow> StreamAsync(
        SearchRequest request, ReaderAccess access, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await SearchSession.OpenAsync(dbFactory, TimeoutMilliseconds * 24, ct);
        var notices = new List<SearchNotice>();
        var (ids, _) = await session.ResolveAsync(request, access, notices, ct);
        var tsquery = await session.TsQueryAsync(request.Query, notices, ct);
        if (request.Query.HasTerms && tsquery is null)
        {
            yield break;
        }

        if (mirror.IsReady && await session.CatchUpAsync(mirror, ct))
        {
            var query = CopyQuery(request, ids, access);
            var all = query is null ? [] : mirror.Read(s => MirrorSearch.Run(s, query, ByRelevance(request), Math.Min(limit, MirrorSearch.Count(s, query)), withFacets: false)).DocumentIds;
            foreach (var batch in all.Chunk(RowBatch))
            {
                foreach (var row in await session.RowsAsync(batch, ct))
                {
                    yield return row;
                }
            }

            yield break;
        }

        var conditions = SearchConditions.For(request, ids, tsquery, access);
        var sql = SearchStatements.Export(conditions.Where, SearchStatements.Order(conditions.Query, request.Sort), conditions.Value(limit));
        await using var command = session.Command(conditions, sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return SearchRows.Read(reader);
        }
    }

    private async Task<SearchResults> FromCopyAsync(
        SearchSession session, SearchConditions conditions, SearchRequest request, FilterIds ids, ReaderAccess access, Language reader, bool withFacets,
        ActiveFilters filters, List<SearchNotice> notices, CancellationToken ct)
    {
        var query = CopyQuery(request, ids, access);
        if (query is null)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.NoSearchableWords));
            return Empty(request, filters, notices);
        }

        var wanted = Math.Min(request.Page, SearchResults.MaxPage) * SearchResults.PageSize;
        var matches = mirror.Read(s => MirrorSearch.Run(s, query, ByRelevance(request), wanted, withFacets));
        var (page, pageCount) = Paging(request, matches.Total, notices);
        var shown = matches.DocumentIds.Skip((page - 1) * SearchResults.PageSize).Take(SearchResults.PageSize).ToList();
        var hits = shown.Count == 0 ? [] : await session.PageAsync(conditions, shown, new SnippetReader(markdown, reader, request.Query), ct);
        var facets = matches.Facets is null ? SearchFacets.None : await session.NameFacetsAsync(matches.Facets, ct);
        return new SearchResults(request, hits, matches.Total, page, pageCount, facets, filters, notices);
    }

    private static async Task<SearchResults> FromDatabaseAsync(
        SearchSession session, SearchConditions conditions, SearchRequest request, SnippetReader snippets, bool withFacets,
        ActiveFilters filters, List<SearchNotice> notices, CancellationToken ct)
    {
        var (total, facets) = await session.FacetsAsync(conditions, withFacets, ct);
        var (page, pageCount) = Paging(request, total, notices);
        var hits = total == 0 ? [] : await session.PageAsync(conditions, request, page, snippets, ct);
        return new SearchResults(request, hits, total, page, pageCount, facets, filters, notices);
    }

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

    /// <summary>The request as a query of the copy; null when its words have nothing searchable.</summary>
    private Query? CopyQuery(SearchRequest request, FilterIds ids, ReaderAccess access)
    {
        var words = request.Query.HasTerms ? MirrorQuery.Words(request.Query, mirror.Analyzer) : null;
        return request.Query.HasTerms && words is null ? null : MirrorQuery.For(request, ids, words, access);
    }

    /// <summary>Without words there is no relevance: the newest first, as in PostgreSQL.</summary>
    private static bool ByRelevance(SearchRequest request) => request.Query.HasTerms && request.Sort == SearchSort.Relevance;

    private static SearchResults Empty(SearchRequest request, ActiveFilters filters, List<SearchNotice> notices) =>
        new(request, [], 0, 1, 1, SearchFacets.None, filters, notices);
}
