using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Npgsql;
using NpgsqlTypes;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// An in-process Lucene copy of <c>search_documents</c> that ranks and counts a broad search in
/// milliseconds where PostgreSQL needs hundreds (ADR-012). PostgreSQL stays the truth: the copy
/// is built from it at start-up, and before every search it catches up with the meetings that
/// changed since, noted in <c>search_changes</c> by the transaction id that changed them, so a
/// record saved by an editor (on any instance) is found by the next search. Until the first
/// build ends, searches run in PostgreSQL.
/// </summary>
internal sealed class SearchMirror : IDisposable
{
    /// <summary>The meeting id <c>search_changes</c> notes when the documents were emptied.</summary>
    private const int Everything = 0;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The highest change applied per meeting, for changes from the horizon on: a search
    /// whose snapshot is older than the last one applied must not put older documents back.</summary>
    private readonly Dictionary<int, long> _applied = [];
    private readonly string _path = Path.Combine(Path.GetTempPath(), "nsfc-seminar-search-" + Guid.NewGuid().ToString("N"));
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    /// <summary>Every transaction older than this had ended when the copy last caught up.</summary>
    private long _horizon;

    public SearchAnalyzer Analyzer { get; } = new();

    public bool IsReady => _built.Task.IsCompletedSuccessfully;

    public Task Built => _built.Task;

    /// <summary>Copies every document, as one snapshot of the database sees them.</summary>
    public async Task BuildAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            System.IO.Directory.CreateDirectory(_path);
            _directory = FSDirectory.Open(_path);
            _writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzer.Version, Analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 64,
            });
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            long horizon;
            await using (var command = new NpgsqlCommand(MirrorStatements.Horizon, connection, transaction))
            {
                horizon = (long)(await command.ExecuteScalarAsync(ct))!;
            }

            await CopyAsync(connection, transaction, null, ct);
            _writer.Commit();
            _searchers = new SearcherManager(_writer, true, new RankingSearcherFactory());
            _horizon = horizon;
            _built.TrySetResult();
        }
        catch (Exception e)
        {
            _built.TrySetException(e);
            throw;
        }
    }

    /// <summary>Applies the changes this transaction can see that the copy has not.</summary>
    public async Task CatchUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            long horizon;
            var changed = new Dictionary<int, long>();
            await using (var command = new NpgsqlCommand(MirrorStatements.Changes, connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter("horizon", NpgsqlDbType.Bigint) { Value = _horizon });
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                horizon = reader.GetInt64(0);
                var meetings = reader.GetFieldValue<int[]>(1);
                var changes = reader.GetFieldValue<long[]>(2);
                for (var i = 0; i < meetings.Length; i++)
                {
                    if (!_applied.TryGetValue(meetings[i], out var applied) || applied < changes[i])
                    {
                        changed[meetings[i]] = changes[i];
                    }
                }
            }

            if (changed.ContainsKey(Everything))
            {
                _writer!.DeleteAll();
                await CopyAsync(connection, transaction, null, ct);
            }
            else if (changed.Count > 0)
            {
                foreach (var meeting in changed.Keys)
                {
                    _writer!.DeleteDocuments(new Term(MirrorFields.Meeting, MirrorDocument.Text(meeting)));
                }

                await CopyAsync(connection, transaction, [.. changed.Keys], ct);
            }

            if (changed.Count > 0)
            {
                _searchers!.MaybeRefreshBlocking();
                foreach (var (meeting, change) in changed)
                {
                    _applied[meeting] = change;
                }
            }

            if (horizon > _horizon)
            {
                _horizon = horizon;
                foreach (var meeting in _applied.Where(a => a.Value < horizon).Select(a => a.Key).ToList())
                {
                    _applied.Remove(meeting);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="read"/> on the latest copy.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var searchers = _searchers ?? throw new InvalidOperationException("The search copy is not built yet.");
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
        Analyzer.Dispose();
        _gate.Dispose();
        if (System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }

    private async Task CopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? meetings, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(MirrorStatements.Documents, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("all", NpgsqlDbType.Boolean) { Value = meetings is null });
        command.Parameters.Add(new NpgsqlParameter("meetings", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = meetings ?? [] });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            _writer!.AddDocument(MirrorDocument.Read(reader).ToLucene());
        }
    }

    /// <summary>BM25, as the index was written with.</summary>
    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
