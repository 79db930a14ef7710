using System.Collections.Immutable;
using System.Diagnostics;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>Building the copy: every document, as one snapshot of the database sees them, read in
/// one statement and analysed on every core. While a copy is built again, the one before keeps
/// answering; only the first build leaves the portal without one (not ready, ADR-017).</summary>
internal sealed partial class SearchCopy
{
    private volatile bool _building;

    /// <summary>A build began and did not finish (it failed or was stopped): the writer holds
    /// part of a new copy, which must be neither published nor kept.</summary>
    private volatile bool _unfinished;

    private volatile bool _started;
    private long _built;
    private long _toBuild;

    /// <summary>The copy is being built for the first time, and nothing has failed: search says
    /// it is being prepared. (When the database cannot be reached, search says that instead.)</summary>
    public bool IsPreparing => _started && !IsReady && _failure is null;

    /// <summary>Opens the copy kept from the last run when it is a copy of this database in
    /// this format, else builds it; then starts keeping it up. True when it was resumed.</summary>
    public async Task<bool> StartAsync(CancellationToken ct)
    {
        _started = true;
        try
        {
            if (_keptFolder is not null)
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await connection.OpenAsync(ct);
                var started = Stopwatch.GetTimestamp();
                if (await ResumeAsync(connection, ct))
                {
                    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    LogResumed(_logger, seconds);
                    return true;
                }
            }

            await BuildAsync(ct);
            return false;
        }
        finally
        {
            if (!ct.IsCancellationRequested)
            {
                StartUpkeep();
            }
        }
    }

    /// <summary>Copies every document, as one snapshot of the database sees them.</summary>
    private async Task BuildAsync(CancellationToken ct)
    {
        _building = _unfinished = true;
        var asOf = _clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var fours = CommonFours.Every;
        Interlocked.Exchange(ref _built, 0);
        Interlocked.Exchange(ref _toBuild, 0);
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
            await using (var command = new NpgsqlCommand(CopyStatements.Horizon, connection, transaction))
            {
                horizon = (long)(await command.ExecuteScalarAsync(ct))!;
            }

            Interlocked.Exchange(ref _toBuild, await CountAsync(connection, transaction, ct));
            _fours = fours = await SampleFoursAsync(connection, transaction, Interlocked.Read(ref _toBuild), ct);
            _failure = null; // The database answers: what failed before no longer holds.
            writer.DeleteAll();
            var copied = Stopwatch.GetTimestamp();
            await CopyHoldingMergesAsync(writer, connection, transaction, ct);

            var flushed = Stopwatch.GetTimestamp();
            _unfinished = false;
            Publish(new CopyState(horizon, ImmutableDictionary<int, long>.Empty));
            _freshness = _freshness with { CurrentAt = asOf };
            var committed = Stopwatch.GetTimestamp();
            if (_path == _keptFolder)
            {
                Keep();
            }

            LastBuild = new BuildStages(
                Stopwatch.GetElapsedTime(copied, flushed), Stopwatch.GetElapsedTime(flushed, committed),
                Stopwatch.GetElapsedTime(committed), Read(searcher => searcher.IndexReader.Leaves.Count));
            var (documents, seconds) = (Interlocked.Read(ref _built), Stopwatch.GetElapsedTime(started).TotalSeconds);
            LogBuilt(_logger, documents, seconds, LastBuild.Copying.TotalSeconds, LastBuild.Publishing.TotalSeconds,
                LastBuild.Committing.TotalSeconds, LastBuild.Segments, fours.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _failure = e;
            throw;
        }
        finally
        {
            _building = false;
        }
    }

    /// <summary>Where the last build's time went, for the log and the build benchmark.</summary>
    public BuildStages? LastBuild { get; private set; }

    /// <summary>While a build writes: no merging, and a buffer four times as large, so that it
    /// flushes a few large segments once rather than many small ones merged again and again.
    /// Each thread's last document makes the writer flush that thread's buffer (two documents are
    /// Lucene's least), so that the buffers are flushed side by side, not one after another when
    /// the copy is opened (that last flush took 24 to 45 s of a build at 200,000 speeches). A
    /// catch-up writes a few documents and keeps its buffer as it is.</summary>
    private async Task CopyHoldingMergesAsync(IndexWriter writer, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var (policy, buffer, documents) = ((BuildMergePolicy)writer.Config.MergePolicy, writer.Config.RAMBufferSizeMB, writer.Config.MaxBufferedDocs);
        policy.Held = true;
        writer.Config.RAMBufferSizeMB = buffer * 4;
        try
        {
            await CopyAsync(connection, transaction, null, beforeLast: () => writer.Config.MaxBufferedDocs = 2, ct);
        }
        finally
        {
            writer.Config.MaxBufferedDocs = documents;
            writer.Config.RAMBufferSizeMB = buffer;
            policy.Held = false;
        }
    }

    public static async Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(CopyStatements.Count, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Reads the documents in one statement; analysing them is the costly part, so it
    /// runs on every core (the writer takes documents from several threads, <see cref="CopyThreads"/>);
    /// <paramref name="beforeLast"/> runs once, when each thread has only its last document left.</summary>
    private async Task CopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? meetings, Action beforeLast, CancellationToken ct)
    {
        var (writer, fours) = (_writer!, _fours);
        await CopyThreads.Run(
            stop => Read(connection, transaction, meetings, stop),
            (lucene, document) =>
            {
                writer.AddDocument(lucene.For(document));
                Interlocked.Increment(ref _built);
            },
            beforeLast,
            ct,
            fours);
    }

    /// <summary>The documents, read on the calling thread (a thread of the build's own).</summary>
    internal static IEnumerable<CopyDocument> Read(NpgsqlConnection connection, NpgsqlTransaction transaction, int[]? meetings, CancellationToken ct)
    {
        WithoutJit(connection, transaction);
        using var command = new NpgsqlCommand(CopyStatements.Documents, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("all", NpgsqlDbType.Boolean) { Value = meetings is null });
        command.Parameters.Add(new NpgsqlParameter("meetings", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = meetings ?? [] });
        using var reader = command.ExecuteReader(System.Data.CommandBehavior.SequentialAccess);
        using var cancelling = ct.Register(command.Cancel);
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            yield return CopyDocument.Read(reader);
        }

        ct.ThrowIfCancellationRequested();
    }

    /// <summary>The documents' statement is estimated costly enough for PostgreSQL to compile it
    /// (JIT), which took 3.0 of its 4.7 s at 21,000 documents; it is a plain walk of indexes, as
    /// fast without. For the rest of <paramref name="transaction"/>.</summary>
    private static void WithoutJit(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        using var noJit = new NpgsqlCommand("SET LOCAL jit = off", connection, transaction);
        noJit.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search copy built: {Documents} documents in {Seconds:F1} s (reading, analysing and writing {Copying:F1} s, flushing and opening {Publishing:F1} s, committing {Committing:F1} s; {Segments} segments; {Fours} common four-character pieces).")]
    private static partial void LogBuilt(ILogger logger, long documents, double seconds, double copying, double publishing, double committing, int segments, int fours);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search copy resumed from the kept folder in {Seconds:F2} s; it catches up with what changed meanwhile.")]
    private static partial void LogResumed(ILogger logger, double seconds);
}

/// <summary>A build's stages: reading, analysing and writing the documents into the writer's
/// buffer (and flushing it when full); flushing the rest and opening the copy for searches;
/// committing it to the kept folder (zero without one); and the segments it ended with.</summary>
internal sealed record BuildStages(TimeSpan Copying, TimeSpan Publishing, TimeSpan Committing, int Segments);
