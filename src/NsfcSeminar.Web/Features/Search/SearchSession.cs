using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>One search's connection to PostgreSQL, which only reads back what the copy found:
/// the rows of a page (with its facet names) in one statement, or the rows of an export in
/// batches. Every statement has a timeout, the backstop against one that would run away.</summary>
internal sealed class SearchSession : IAsyncDisposable
{
    private readonly SeminarDbContext _db;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly int _timeoutSeconds;

    private SearchSession(SeminarDbContext db, NpgsqlConnection connection, NpgsqlTransaction transaction, int timeoutSeconds)
    {
        _db = db;
        _connection = connection;
        _transaction = transaction;
        _timeoutSeconds = timeoutSeconds;
    }

    /// <summary>A repeatable-read transaction, so that every statement of the search (and the
    /// copy's catch-up) reads one snapshot, on a connection of the pool that keeps statements
    /// prepared (<see cref="PreparedStatements"/>): the filters' statement (the reader rule's
    /// semi-joins) took 7–13 ms to plan against under 1 ms to run.</summary>
    public static async Task<SearchSession> OpenAsync(IDbContextFactory<SeminarDbContext> factory, int timeoutSeconds, CancellationToken ct)
    {
        var db = await factory.CreateDbContextAsync(ct);
        db.Database.UsePreparedStatements();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        return new SearchSession(db, connection, transaction, timeoutSeconds);
    }

    /// <summary>The ids of the records the filters name; unknown and hidden ones are dropped with a
    /// notice. EF Core runs these on this connection, so inside its snapshot: Npgsql runs every
    /// command of a connection in its open transaction (EF is not told of it, as its retrying
    /// strategy refuses transactions it did not start).</summary>
    public Task<(FilterIds Ids, ActiveFilters Filters)> ResolveAsync(SearchRequest request, ReaderAccess access, List<SearchNotice> notices, CancellationToken ct) =>
        SearchFilters.ResolveAsync(_db, request, access, notices, ct);

    /// <summary>The page of documents the copy found, in its order, with the texts their snippets
    /// are cut from and the facets the copy counted with their records' names; the changes this
    /// search's snapshot sees since <paramref name="horizon"/> (whether the copy read held them);
    /// and the end of the transaction: one round trip. No page is read when no document was found.</summary>
    public async Task<PageRead> PageAsync(IReadOnlyList<long> ids, FacetLabels facets, long horizon, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(_connection, _transaction) { Timeout = _timeoutSeconds };
        batch.BatchCommands.Add(new NpgsqlBatchCommand(CopyStatements.Changes) { Parameters = { CopyStatements.HorizonParameter(horizon) } });
        if (ids.Count > 0)
        {
            var page = new NpgsqlBatchCommand(SearchStatements.PageByIds) { Parameters = { Ids(ids) } };
            foreach (var facet in FacetLabels.Named)
            {
                page.Parameters.Add(new NpgsqlParameter(facet, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = facets.Largest[facet].Select(c => c.Id).ToArray() });
            }

            batch.BatchCommands.Add(page);
        }

        // Read only, so committing ends it as rolling back would, without a round trip of its own.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await using var data = await batch.ExecuteReaderAsync(ct);
        await data.ReadAsync(ct);
        var seen = SnapshotChanges.Read(data);
        var rows = new List<PageRow>(ids.Count);
        string? names = null;
        if (ids.Count > 0 && await data.NextResultAsync(ct))
        {
            while (await data.ReadAsync(ct))
            {
                rows.Add(new PageRow(SearchRows.Read(data), SearchRows.Text(data, SearchRows.ColumnCount), SearchRows.Text(data, SearchRows.ColumnCount + 1)));
                names ??= SearchRows.Text(data, SearchRows.ColumnCount + 2);
            }
        }

        return new PageRead(rows, facets.Read(names), seen);
    }

    /// <summary>Export rows of documents the copy found, in its order.</summary>
    public async Task<IReadOnlyList<ExportRow>> RowsAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var command = Command(SearchStatements.ExportByIds, ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<ExportRow>(ids.Count);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(SearchRows.ReadExport(reader));
        }

        return rows;
    }

    /// <summary>Lets the search copy catch up inside this search's snapshot; false when it cannot answer now.</summary>
    public Task<bool> CatchUpAsync(Copy.SearchCopy copy, CancellationToken ct) => copy.CatchUpAsync(_connection, _transaction, ct);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }

    private NpgsqlCommand Command(string sql, IReadOnlyList<long> ids) =>
        new(sql, _connection, _transaction) { CommandTimeout = _timeoutSeconds, Parameters = { Ids(ids) } };

    private static NpgsqlParameter Ids(IReadOnlyList<long> ids) =>
        new("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() };
}

/// <summary>A row of a search's page with its texts (Markdown) in English and Chinese, from
/// which its snippet is cut.</summary>
internal sealed record PageRow(SearchRow Row, string? English, string? Chinese);

/// <summary>What PostgreSQL answered for a search's page: its rows, its facets' names, and the
/// changes the search's snapshot sees.</summary>
internal sealed record PageRead(IReadOnlyList<PageRow> Rows, SearchFacets Facets, SnapshotChanges Seen);
