using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;
using NsfcSeminar.Web.Reading;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The one search: /search, the exports, the feed and /api/speeches all run it. It reads
/// <c>search_documents</c> with hand-written SQL because ranking with RUM and counting facets
/// over the matches cannot be said in LINQ; every value from the request is a parameter.
/// A statement timeout bounds every search, so a pathological one fails fast with a message.
/// </summary>
internal sealed class SpeechSearch(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public const int TimeoutMilliseconds = 5_000;

    public async Task<SearchResults> SearchAsync(SearchRequest request, ReaderAccess access, Language reader, bool withFacets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await SearchSession.OpenAsync(dbFactory, TimeoutMilliseconds, ct);
        var notices = request.Notices.ToList();
        try
        {
            var (ids, filters) = await session.ResolveAsync(request, notices, ct);
            var tsquery = await session.TsQueryAsync(request.Query, notices, ct);
            if (request.IsBlank || (request.Query.HasTerms && tsquery is null))
            {
                return Empty(request, filters, notices);
            }

            var conditions = SearchConditions.For(request, ids, tsquery, access);
            var (total, facets) = await session.FacetsAsync(conditions, withFacets, ct);
            var pageCount = (int)Math.Clamp((total + SearchResults.PageSize - 1) / SearchResults.PageSize, 1, SearchResults.MaxPage);
            var page = request.Page;
            if (page > pageCount)
            {
                notices.Add(new SearchNotice(total > SearchResults.MaxPage * SearchResults.PageSize ? SearchNoticeKind.PagesCapped : SearchNoticeKind.PagePastEnd, pageCount.ToString(CultureInfo.InvariantCulture)));
                page = pageCount;
            }

            var hits = total == 0 ? [] : await session.PageAsync(conditions, request, page, reader, ct);
            return new SearchResults(request, hits, total, page, pageCount, facets, filters, notices);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled && !ct.IsCancellationRequested)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.TooSlow));
            return Empty(request, new ActiveFilters(null, null, null, null), notices);
        }
    }

    /// <summary>Every match in order, read as the caller consumes it (nothing buffered).</summary>
    public async IAsyncEnumerable<SearchRow> StreamAsync(
        SearchRequest request, ReaderAccess access, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await SearchSession.OpenAsync(dbFactory, TimeoutMilliseconds * 24, ct);
        var notices = new List<SearchNotice>();
        var (ids, _) = await session.ResolveAsync(request, notices, ct);
        var tsquery = await session.TsQueryAsync(request.Query, notices, ct);
        if (request.Query.HasTerms && tsquery is null)
        {
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

    private static SearchResults Empty(SearchRequest request, ActiveFilters filters, List<SearchNotice> notices) =>
        new(request, [], 0, 1, 1, SearchFacets.None, filters, notices);
}
