using NsfcSeminar.Web.Hosting.Notifications;
using System.Diagnostics;
using System.Threading.Channels;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Keeping the copy up (ADR-017): one loop per process applies the meetings changed since the
/// copy's horizon, as <c>search_changes</c> notes them by the transaction that changed them. It
/// is woken by PostgreSQL's notification of a committed change (<see cref="ChannelListener"/> on <c>search_changes</c>),
/// by a search that sees a change the copy lacks, and every few seconds in case a notification
/// was lost. Only this loop writes; a search reads the last copy published.
/// </summary>
internal sealed partial class SearchCopy
{
    /// <summary>The channel the trigger on <c>search_changes</c> notifies.</summary>
    private const string ChangesChannel = "search_changes";

    /// <summary>The backstop when no notification comes (the listening connection was down).</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(5);

    /// <summary>How long a search waits for the copy to apply a change its snapshot already sees
    /// (an editor's own save, a second ago): a catch-up takes tens of milliseconds.</summary>
    private static readonly TimeSpan WaitForChangeUpTo = TimeSpan.FromSeconds(3);

    /// <summary>How long a search waits for a small archive's copy to be built again (after the
    /// documents were emptied): a large one's is never waited for, the copy before answers.</summary>
    private static readonly TimeSpan WaitForSmallBuildUpTo = TimeSpan.FromSeconds(30);

    /// <summary>More changed meetings than this are copied by building the copy again.</summary>
    private const int MostMeetingsCaughtUp = 2_000;

    /// <summary>The meeting id <c>search_changes</c> notes when the documents were emptied.</summary>
    private const int Everything = 0;

    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private Task _upkeep = Task.CompletedTask;
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the copy catch up with the changes this transaction's snapshot sees: when it
    /// lacks one, the catch-up is woken and this search waits for it, up to a bound (none while a
    /// large archive is built again: the copy before answers). It waits for the copy's next
    /// publication, never on a lock. False when there is no copy yet.</summary>
    public async Task<bool> CatchUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        if (!IsReady)
        {
            return false;
        }

        var (_, lacking) = await ChangesAsync(connection, transaction, _state, ct);
        await WaitForAsync(lacking, ct);
        return true;
    }

    /// <summary>Whether the copy, as a search read it (<paramref name="read"/>), held every change
    /// the search's snapshot sees (<paramref name="seen"/>, read in the round trip that read its
    /// page). When it did not, the catch-up is woken and this waits for it as
    /// <see cref="CatchUpAsync"/> does: the search is then run again.</summary>
    public async Task<bool> HeldAsync(SnapshotChanges seen, CopyState read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var lacking = seen.NotHeldBy(read);
        await WaitForAsync(lacking, ct);
        return lacking.Count == 0;
    }

    private async Task WaitForAsync(Dictionary<int, long> lacking, CancellationToken ct)
    {
        if (lacking.Count == 0)
        {
            return;
        }

        Wake(BySearch);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var published = Volatile.Read(ref _published);
            var state = _state;
            var left = WaitingAllowed() - Stopwatch.GetElapsedTime(started);
            if (lacking.All(c => state.Holds(c.Key, c.Value)) || left <= TimeSpan.Zero)
            {
                return;
            }

            try
            {
                await published.Task.WaitAsync(left, ct);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
    }

    private TimeSpan WaitingAllowed() => Progress switch
    {
        { Building: false } => WaitForChangeUpTo,
        { Total: <= SearchOptions.DefaultWaitUpTo } => WaitForSmallBuildUpTo,
        _ => TimeSpan.Zero,
    };

    private void StartUpkeep()
    {
        if (_upkeep.IsCompleted && !_stopping.IsCancellationRequested)
        {
            _upkeep = Task.Run(() => KeepUpAsync(_stopping.Token));
        }
    }

    private async Task KeepUpAsync(CancellationToken ct)
    {
        _notifications = new ChannelListener(dbFactory, ChangesChannel, _ => Notified(), () => Wake(ByPoll), _logger);
        var listening = _notifications.ListenAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                // A build that did not finish left the writer half rewritten: only a build
                // (never a catch-up, which would publish it) may follow it.
                if (_unfinished || !IsReady)
                {
                    await BuildAsync(ct);
                }
                else
                {
                    await ApplyChangesAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _failure = e;
                LogCatchUpFailed(_logger, e);
            }

            using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
            poll.CancelAfter(PollEvery);
            try
            {
                await _wakes.Reader.WaitToReadAsync(poll.Token);
                _wakes.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // Nothing woke it: it looks for changes anyway.
            }
        }

        await listening;
    }

    /// <summary>Applies, in one snapshot, the changes the copy lacks; builds it again after the
    /// documents were emptied or when most of the archive changed.</summary>
    private async Task ApplyChangesAsync(CancellationToken ct)
    {
        var wake = TakeWake();
        var asOf = _clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var state = _state;
        var (horizon, changed) = await ChangesAsync(connection, transaction, state, ct);
        if (changed.ContainsKey(Everything) || changed.Count > MostMeetingsCaughtUp)
        {
            LogRebuilding(_logger, changed.Count);
            await transaction.DisposeAsync();
            await BuildAsync(ct);
            return;
        }

        var writer = _writer!;
        foreach (var meeting in changed.Keys)
        {
            writer.DeleteDocuments(new Term(CopyFields.Meeting, CopyDocument.Text(meeting)));
        }

        if (changed.Count > 0)
        {
            await CopyAsync(connection, transaction, [.. changed.Keys], beforeLast: static () => { }, ct);
        }

        horizon = Math.Max(horizon, state.Horizon);
        var applied = state.Applied.SetItems(changed).RemoveRange(state.Applied.Where(a => a.Value < horizon).Select(a => a.Key));
        Publish(new CopyState(horizon, applied), documentsChanged: changed.Count > 0);
        KeepNowAndThen();
        _failure = null;
        CaughtUp(asOf, changed.Count, wake);
    }

    /// <summary>The horizon now, and the meetings changed since <paramref name="state"/>'s horizon
    /// that it does not hold, with the transaction that changed each.</summary>
    private static async Task<(long Horizon, Dictionary<int, long> Changed)> ChangesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CopyState state, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(CopyStatements.Changes, connection, transaction);
        command.Parameters.Add(CopyStatements.HorizonParameter(state.Horizon));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var seen = SnapshotChanges.Read(reader);
        return (seen.Horizon, seen.NotHeldBy(state));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search copy is built again: the documents were emptied or {Meetings} meetings changed; the copy before answers meanwhile.")]
    private static partial void LogRebuilding(ILogger logger, int meetings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search copy could not catch up; it tries again within seconds.")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
