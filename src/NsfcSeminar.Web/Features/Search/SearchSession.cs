using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>One search's connection: a read-only transaction whose statement timeout is the
/// backstop against a query that would run away. Sequential scans are off: for a word found in
/// half the archive the planner prefers one, not counting that <c>@@</c> must then read every
/// document out of TOAST (3 s), where the RUM bitmap needs none (0.4 s). work_mem lets RUM
/// order a broad match in memory rather than in temporary files.</summary>
internal sealed class SearchSession : IAsyncDisposable
{
    private readonly SeminarDbContext _db;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private SearchSession(SeminarDbContext db, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<SearchSession> OpenAsync(IDbContextFactory<SeminarDbContext> factory, int timeoutMilliseconds, CancellationToken ct)
    {
        var db = await factory.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using (var settings = new NpgsqlCommand(
            $"""
            SET TRANSACTION READ ONLY;
            SET LOCAL statement_timeout = {timeoutMilliseconds.ToString(CultureInfo.InvariantCulture)};
            SET LOCAL work_mem = '64MB';
            SET LOCAL enable_seqscan = off;
            """, connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(ct);
        }

        return new SearchSession(db, connection, transaction);
    }

    public NpgsqlCommand Command(SearchConditions conditions, string sql)
    {
        var command = conditions.Command(sql, _connection);
        command.Transaction = _transaction;
        return command;
    }

    /// <summary>The ids of the records the filters name; unknown and hidden ones are dropped with a
    /// notice. EF Core runs these on this connection, so inside its read-only snapshot: Npgsql
    /// runs every command of a connection in its open transaction (EF is not told of it, as its
    /// retrying strategy refuses transactions it did not start).</summary>
    public Task<(FilterIds Ids, ActiveFilters Filters)> ResolveAsync(SearchRequest request, ReaderAccess access, List<SearchNotice> notices, CancellationToken ct) =>
        SearchFilters.ResolveAsync(_db, request, access, notices, ct);

    /// <summary>The query as PostgreSQL's tsquery text, built by <c>search_term_query</c> from
    /// each term; null (with a notice) when nothing searchable is left, e.g. only stop words.</summary>
    public async Task<string?> TsQueryAsync(SearchQuery query, List<SearchNotice> notices, CancellationToken ct)
    {
        if (!query.HasTerms)
        {
            if (query.Excluded.Count > 0)
            {
                notices.Add(new SearchNotice(SearchNoticeKind.OnlyExclusions));
            }

            return null;
        }

        var parameters = new SearchConditions();
        string Term(SearchTerm term) => $"search_term_query({parameters.Value(term.Text)})";
        var expression = string.Join(" && ", query.Groups
            .Select(group => "(" + string.Join(" || ", group.Select(Term)) + ")")
            .Concat(query.Excluded.Select(term => "!!" + Term(term))));
        await using var command = Command(parameters, $"SELECT q::text, numnode(q) FROM (SELECT {expression} AS q) AS x");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.GetInt32(1) == 0)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.NoSearchableWords));
            return null;
        }

        return reader.GetString(0);
    }

    public async Task<(long Total, SearchFacets Facets)> FacetsAsync(SearchConditions conditions, bool withFacets, CancellationToken ct)
    {
        var sql = withFacets ? SearchStatements.Facets(conditions.Where) : SearchStatements.Count(conditions.Where);
        await using var command = Command(conditions, sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var total = 0L;
        var lists = new Dictionary<string, List<FacetValue>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            var facet = reader.GetString(0);
            if (facet == "total")
            {
                total = reader.GetInt64(4);
                continue;
            }

            var name = Bilingual.Of(reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            var value = new FacetValue(reader.GetString(1), name, reader.GetInt64(4));
            (lists.TryGetValue(facet, out var list) ? list : lists[facet] = []).Add(value);
        }

        IReadOnlyList<FacetValue> Get(string facet, bool byCount = true) => lists.TryGetValue(facet, out var list)
            ? byCount ? [.. list.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)] : [.. list.OrderByDescending(v => v.Value, StringComparer.Ordinal)]
            : [];
        return (total, new SearchFacets(Get("theme"), Get("speaker"), Get("organisation"), Get("kind"), Get("series"), Get("language"), Get("year", byCount: false)));
    }

    public async Task<IReadOnlyList<SearchHit>> PageAsync(SearchConditions conditions, SearchRequest request, int page, SnippetReader snippets, CancellationToken ct)
    {
        var sql = SearchStatements.Page(
            conditions.Where,
            SearchStatements.Order(conditions.Query, request.Sort),
            conditions.Value(SearchResults.PageSize),
            conditions.Value((page - 1) * SearchResults.PageSize));
        await using var command = Command(conditions, sql);
        return await HitsAsync(command, conditions, snippets, ct);
    }

    /// <summary>The page of documents the search copy found, in its order.</summary>
    public async Task<IReadOnlyList<SearchHit>> PageAsync(SearchConditions conditions, IReadOnlyList<long> ids, SnippetReader snippets, CancellationToken ct)
    {
        await using var command = Command(conditions, SearchStatements.PageByIds());
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
        return await HitsAsync(command, conditions, snippets, ct);
    }

    /// <summary>Export rows of documents the search copy found, in its order.</summary>
    public async Task<IReadOnlyList<SearchRow>> RowsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SearchStatements.ExportByIds, _connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<SearchRow>(ids.Count);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(SearchRows.Read(reader));
        }

        return rows;
    }

    /// <summary>The search copy's facet counts as the page shows them: the records' slugs and
    /// names read in one statement, the long lists cut to their twelve largest values.</summary>
    public async Task<SearchFacets> NameFacetsAsync(IReadOnlyDictionary<string, Dictionary<string, long>> counts, CancellationToken ct)
    {
        const int Longest = 12;
        var named = new[] { Mirror.MirrorFields.Theme, Mirror.MirrorFields.Speaker, Mirror.MirrorFields.Organisation, Mirror.MirrorFields.Series };
        var largest = named.ToDictionary(
            facet => facet,
            facet => counts[facet].Select(c => (Id: int.Parse(c.Key, CultureInfo.InvariantCulture), Count: c.Value))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Id).Take(Longest).ToList(),
            StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(SearchStatements.FacetNames, _connection, _transaction);
        foreach (var facet in named)
        {
            command.Parameters.Add(new NpgsqlParameter(facet, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = largest[facet].Select(c => c.Id).ToArray() });
        }

        var names = new Dictionary<(string, int), (string Slug, Bilingual Name)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                names[(reader.GetString(0), reader.GetInt32(1))] = (reader.GetString(2), Bilingual.Of(reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        IReadOnlyList<FacetValue> Named(string facet) => [.. largest[facet]
            .Where(c => names.ContainsKey((facet, c.Id)))
            .Select(c => new FacetValue(names[(facet, c.Id)].Slug, names[(facet, c.Id)].Name, c.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
        IReadOnlyList<FacetValue> Plain(string facet, bool byCount = true)
        {
            var values = counts[facet].Select(c => new FacetValue(c.Key, Bilingual.Of(null, null), c.Value));
            return [.. byCount ? values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal) : values.OrderByDescending(v => v.Value, StringComparer.Ordinal)];
        }

        return new SearchFacets(
            Named(Mirror.MirrorFields.Theme), Named(Mirror.MirrorFields.Speaker), Named(Mirror.MirrorFields.Organisation),
            Plain(Mirror.MirrorFields.Kind), Named(Mirror.MirrorFields.Series), Plain(Mirror.MirrorFields.Language),
            Plain(Mirror.MirrorFields.Year, byCount: false));
    }

    /// <summary>Lets the search copy catch up inside this search's snapshot; false when it cannot answer now.</summary>
    public Task<bool> CatchUpAsync(Mirror.SearchMirror mirror, CancellationToken ct) => mirror.CatchUpAsync(_connection, _transaction, ct);

    /// <summary>The rows of a page, then their snippets: each text rendered to plain text first,
    /// so a snippet never shows Markdown; the English matches are marked by ts_headline, in one
    /// more statement for the whole page.</summary>
    private async Task<IReadOnlyList<SearchHit>> HitsAsync(NpgsqlCommand command, SearchConditions conditions, SnippetReader snippets, CancellationToken ct)
    {
        var rows = new List<(SearchRow Row, string English, string Chinese)>();
        await using (var data = await command.ExecuteReaderAsync(ct))
        {
            while (await data.ReadAsync(ct))
            {
                rows.Add((SearchRows.Read(data), snippets.Plain(SearchRows.Text(data, SearchRows.ColumnCount)), snippets.Plain(SearchRows.Text(data, SearchRows.ColumnCount + 1))));
            }
        }

        var headlines = conditions.Query is null || rows.Count == 0 ? null : await HeadlinesAsync(conditions, [.. rows.Select(r => r.English)], ct);
        return [.. rows.Select((r, i) => r.Row.ToHit(snippets.Choose(r.English, headlines?[i], r.Chinese)))];
    }

    private async Task<IReadOnlyList<string>> HeadlinesAsync(SearchConditions conditions, string[] texts, CancellationToken ct)
    {
        await using var command = Command(conditions, SearchStatements.Headlines(conditions.Query!));
        command.Parameters.Add(new NpgsqlParameter("texts", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = texts });
        await using var data = await command.ExecuteReaderAsync(ct);
        var headlines = new List<string>(texts.Length);
        while (await data.ReadAsync(ct))
        {
            headlines.Add(data.GetString(0));
        }

        return headlines;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }
}
