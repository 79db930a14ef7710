using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// An in-process Lucene copy of <c>search_documents</c> that ranks and counts a broad search in
/// milliseconds where PostgreSQL needs hundreds (ADR-012). PostgreSQL stays the truth: the copy
/// is built from it, and before every search it catches up with the meetings that changed
/// since, noted in <c>search_changes</c> by the transaction id that changed them, so a record
/// saved by an editor (on any instance) is found by the next search. While the copy is being
/// built (at start-up, or after the documents were emptied wholesale), searches run in
/// PostgreSQL.
/// </summary>
internal sealed class SearchMirror(IDbContextFactory<SeminarDbContext> dbFactory, IConfiguration? configuration = null) : IDisposable
{
    /// <summary>Changes when what the copy holds or how it cuts text changes: a kept copy of
    /// another format is built again.</summary>
    private const string Format = "3";

    /// <summary>More changed meetings than this are copied again in the background rather
    /// than inside a search (an import, a copy kept while the portal was stopped).</summary>
    private const int MostMeetingsCaughtUpInSearch = 200;

    /// <summary>The meeting id <c>search_changes</c> notes when the documents were emptied.</summary>
    private const int Everything = 0;

    /// <summary>Up to this many documents, a build is waited for (well under a second); above it,
    /// searches run in PostgreSQL until the copy is built.</summary>
    public const int WaitForBuildUpTo = 20_000;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The highest change applied per meeting, for changes from the horizon on: a search
    /// whose snapshot is older than the last one applied must not put older documents back.</summary>
    private readonly Dictionary<int, long> _applied = [];
    private const string FolderPrefix = "nsfc-seminar-search-";

    private static readonly TimeSpan KeepEvery = TimeSpan.FromMinutes(1);

    /// <summary>Where the copy is kept between runs (<c>Seminar:SearchCopyFolder</c>), or a
    /// temporary folder of this process, removed when it ends.</summary>
    private readonly string? _keptFolder = configuration?["Seminar:SearchCopyFolder"] is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
    private string _path = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
    private string? _database;
    private DateTime _keptAt = DateTime.UtcNow;
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private Task _building = Task.CompletedTask;
    private volatile bool _current;
    private volatile Exception? _failure;

    /// <summary>Every transaction older than this had ended when the copy last caught up.</summary>
    private long _horizon;

    private long _generation;

    public SearchAnalyzer Analyzer { get; } = new();

    /// <summary>Built and not being rebuilt: searches may use it.</summary>
    public bool IsReady => _current;

    /// <summary>Changes whenever the copy's documents do: what was found before still holds
    /// while it is the same.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Why the last build failed, if it did.</summary>
    public Exception? Failure => _failure;

    /// <summary>Opens the copy kept from the last run when it is a copy of this database in
    /// this format (the changes since are caught up with by the next search), else builds it.
    /// True when it was resumed.</summary>
    public async Task<bool> StartAsync(CancellationToken ct)
    {
        if (_keptFolder is not null && await ResumeAsync(ct))
        {
            return true;
        }

        await BuildAsync(ct);
        return false;
    }

    /// <summary>Copies every document, as one snapshot of the database sees them.</summary>
    public async Task BuildAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            _current = false;
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            var writer = Writer();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(ct);

            // Before the transaction: a role that may not read the cluster's identifier must
            // not leave the snapshot's transaction aborted.
            _database ??= await DatabaseAsync(connection, ct);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            long horizon;
            await using (var command = new NpgsqlCommand(MirrorStatements.Horizon, connection, transaction))
            {
                horizon = (long)(await command.ExecuteScalarAsync(ct))!;
            }

            writer.DeleteAll();
            await CopyAsync(connection, transaction, null, ct);
            await _gate.WaitAsync(ct);
            try
            {
                _horizon = horizon;
                Keep();
                _searchers ??= new SearcherManager(writer, true, new RankingSearcherFactory());
                _searchers.MaybeRefreshBlocking();
                _applied.Clear();
                _failure = null;
                Interlocked.Increment(ref _generation);
                _current = true;
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failure = e;
            throw;
        }
    }

    /// <summary>Applies the changes this transaction can see that the copy has not. False when
    /// the copy cannot answer now (it is being built): the caller searches PostgreSQL.</summary>
    public async Task<bool> CatchUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        Task rebuilding;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_current)
            {
                return false;
            }

            var (horizon, changed) = await ChangesAsync(connection, transaction, ct);
            if (changed.ContainsKey(Everything) || changed.Count > MostMeetingsCaughtUpInSearch)
            {
                _current = false;
                rebuilding = _building = Task.Run(() => BuildAsync(CancellationToken.None), CancellationToken.None);
                if (await CountAsync(connection, transaction, ct) > WaitForBuildUpTo)
                {
                    return false;
                }
            }
            else
            {
                await ApplyAsync(connection, transaction, horizon, changed, ct);
                return true;
            }
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            await rebuilding.WaitAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or IOException)
        {
            return false;
        }

        return _current;
    }

    private async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long horizon, Dictionary<int, long> changed, CancellationToken ct)
    {

        if (changed.Count > 0)
        {
            foreach (var meeting in changed.Keys)
            {
                _writer!.DeleteDocuments(new Term(MirrorFields.Meeting, MirrorDocument.Text(meeting)));
            }

            await CopyAsync(connection, transaction, [.. changed.Keys], ct);
            _searchers!.MaybeRefreshBlocking();
            Interlocked.Increment(ref _generation);
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

        if (_path == _keptFolder && DateTime.UtcNow - _keptAt > KeepEvery)
        {
            Keep();
        }
    }

    public static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(MirrorStatements.Count, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(ct))!;
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
        try
        {
            _building.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // A failed rebuild has nothing left to clean up but the folder.
        }

        _searchers?.Dispose();
        if (_current)
        {
            if (_path == _keptFolder)
            {
                Keep();
            }

            _writer?.Dispose();
        }
        else
        {
            // Half built: what the last commit holds stays, with the horizon it was kept at.
            _writer?.Rollback();
        }

        _directory?.Dispose();
        Analyzer.Dispose();
        _gate.Dispose();
        if (_path != _keptFolder && System.IO.Directory.Exists(_path))
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
    }

    /// <summary>Copies left by processes that ended without disposing theirs (killed, crashed):
    /// each can be hundreds of megabytes.</summary>
    private static void RemoveAbandonedCopies()
    {
        foreach (var folder in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(FolderPrefix + "*"))
        {
            var owner = folder.Name[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, System.Globalization.CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    folder.Delete(recursive: true);
                }
                catch (IOException)
                {
                    // Another process is removing it too.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private IndexWriter Writer()
    {
        if (_writer is not null)
        {
            return _writer;
        }

        RemoveAbandonedCopies();
        if (_keptFolder is not null)
        {
            try
            {
                return _writer = OpenWriter(_keptFolder, OpenMode.CREATE_OR_APPEND);
            }
            catch (LockObtainFailedException)
            {
                // Another portal process keeps its copy there: this one uses a folder of its own.
                _directory?.Dispose();
            }
        }

        return _writer = OpenWriter(_path, OpenMode.CREATE);
    }

    private IndexWriter OpenWriter(string path, OpenMode mode)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzer.Version, Analyzer)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        });
        _path = path;
        return writer;
    }

    /// <summary>The kept copy, if it is this database's in this format: its horizon is where
    /// catching up starts.</summary>
    private async Task<bool> ResumeAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        _database = await DatabaseAsync(connection, ct);
        var writer = Writer();
        var kept = new Dictionary<string, string>(writer.CommitData ?? new Dictionary<string, string>());
        if (_database is null || _path != _keptFolder
            || kept.GetValueOrDefault("format") != Format || kept.GetValueOrDefault("database") != _database
            || !long.TryParse(kept.GetValueOrDefault("horizon"), System.Globalization.CultureInfo.InvariantCulture, out var horizon))
        {
            return false;
        }

        await _gate.WaitAsync(ct);
        try
        {
            _horizon = horizon;
            _searchers ??= new SearcherManager(writer, true, new RankingSearcherFactory());
            _searchers.MaybeRefreshBlocking();
            Interlocked.Increment(ref _generation);
            _current = true;
        }
        finally
        {
            _gate.Release();
        }

        return true;
    }

    /// <summary>Commits the copy with what it is a copy of, so that the next run can resume it.</summary>
    private void Keep()
    {
        _writer!.SetCommitData(new Dictionary<string, string>
        {
            ["format"] = Format,
            ["database"] = _database ?? "",
            ["horizon"] = _horizon.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _keptAt = DateTime.UtcNow;
    }

    /// <summary>Which database this is: its cluster's identifier and its own oid (a restored
    /// dump or a recreated database is another); null when the role may not read them.</summary>
    private static async Task<string?> DatabaseAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        try
        {
            await using var command = new NpgsqlCommand(MirrorStatements.Database, connection);
            return (string?)await command.ExecuteScalarAsync(ct);
        }
        catch (PostgresException)
        {
            return null;
        }
    }

    /// <summary>The horizon now, and the meetings changed since the copy's horizon that it has
    /// not applied yet, with the transaction that changed each.</summary>
    private async Task<(long Horizon, Dictionary<int, long> Changed)> ChangesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(MirrorStatements.Changes, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("horizon", NpgsqlDbType.Bigint) { Value = _horizon });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var meetings = reader.GetFieldValue<int[]>(1);
        var changes = reader.GetFieldValue<long[]>(2);
        var changed = new Dictionary<int, long>();
        for (var i = 0; i < meetings.Length; i++)
        {
            if (!_applied.TryGetValue(meetings[i], out var applied) || applied < changes[i])
            {
                changed[meetings[i]] = changes[i];
            }
        }

        return (reader.GetInt64(0), changed);
    }

    /// <summary>Reads the documents in one statement; analysing them is the costly part, so it
    /// runs on every core (the writer takes documents from several threads).</summary>
    private async Task CopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? meetings, CancellationToken ct)
    {
        var writer = _writer!;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(ReadAsync(connection, transaction, meetings, ct), parallel, (document, _) =>
        {
            writer.AddDocument(document.ToLucene());
            return ValueTask.CompletedTask;
        });
    }

    private static async IAsyncEnumerable<MirrorDocument> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? meetings, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(MirrorStatements.Documents, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("all", NpgsqlDbType.Boolean) { Value = meetings is null });
        command.Parameters.Add(new NpgsqlParameter("meetings", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = meetings ?? [] });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            yield return MirrorDocument.Read(reader);
        }
    }

    /// <summary>BM25, as the index was written with; each new segment's facet arrays are read
    /// here, when the copy is refreshed, rather than by the first search that meets it.</summary>
    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
            {
                SegmentFacets.Of(leaf.AtomicReader);
            }

            return new CopySearcher(reader);
        }
    }
}
