using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.Web.Hosting.Observability;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// Samples where the primary's WAL is and how far the replica has replayed it, a few times a
/// second, so that routing a request costs no query (<see cref="ReadRouting"/>). Says in the log
/// when either server goes or comes back, when the lag crosses the bound, and the lag once a minute.
/// </summary>
internal sealed partial class ReplicaMonitor(
    ReplicaConnections connections,
    IOptions<ReplicaOptions> options,
    TimeProvider time,
    SeminarMetrics metrics,
    ILogger<ReplicaMonitor> log) : BackgroundService
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);
    private DateTimeOffset _caughtUpAt = DateTimeOffset.MinValue;
    private DateTimeOffset _reportedAt = DateTimeOffset.MinValue;

    public ReplicaStatus Current { get; private set; } = ReplicaStatus.Unknown;

    public TimeSpan MaxLag => TimeSpan.FromSeconds(options.Value.MaxLagSeconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), time);
        do
        {
            var next = await SampleAsync(stoppingToken);
            Report(Current, next);
            Current = next;
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<ReplicaStatus> SampleAsync(CancellationToken ct)
    {
        // The primary first: when the replica has replayed at least this much, it held everything
        // committed before this moment.
        var primary = await PositionAsync(connections.Primary, "SELECT pg_current_wal_lsn()", ct);
        var replay = await PositionAsync(connections.Replica, "SELECT pg_last_wal_replay_lsn()", ct);
        var now = time.GetUtcNow();
        if (primary is { } p && replay is { } r && r >= p)
        {
            _caughtUpAt = now;
        }

        var lag = _caughtUpAt == DateTimeOffset.MinValue ? TimeSpan.MaxValue : now - _caughtUpAt;
        if (replay is not null && lag != TimeSpan.MaxValue)
        {
            metrics.ReplicaLag.Record(lag.TotalSeconds);
        }

        return new ReplicaStatus(primary is not null, replay is not null, primary ?? default, replay ?? default, lag);
    }

    /// <summary>Null when the server cannot be reached or (for the replica) is not replaying WAL.</summary>
    private static async Task<NpgsqlLogSequenceNumber?> PositionAsync(NpgsqlDataSource source, string sql, CancellationToken ct)
    {
        try
        {
            await using var command = source.CreateCommand(sql);
            return await command.ExecuteScalarAsync(ct) is NpgsqlLogSequenceNumber lsn ? lsn : null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return null;
        }
    }

    private void Report(ReplicaStatus before, ReplicaStatus now)
    {
        if (before.PrimaryUp != now.PrimaryUp)
        {
            if (now.PrimaryUp) { PrimaryBack(log); } else { PrimaryDown(log); }
        }

        if (before.ReplicaUp != now.ReplicaUp)
        {
            if (now.ReplicaUp) { ReplicaBack(log); } else { ReplicaDown(log); }
        }

        var behind = now.ReplicaUp && now.Lag > MaxLag;
        if (behind != (before.ReplicaUp && before.Lag > MaxLag && before != ReplicaStatus.Unknown))
        {
            if (behind) { ReplicaBehind(log, options.Value.MaxLagSeconds); } else if (now.ReplicaUp) { ReplicaCaughtUp(log); }
        }

        var at = time.GetUtcNow();
        if (now.ReplicaUp && at - _reportedAt >= ReportEvery)
        {
            _reportedAt = at;
            ReplicaLagReport(log, now.Lag == TimeSpan.MaxValue ? -1 : now.Lag.TotalSeconds, now.LagBytes, now.ReplayLsn.ToString());
        }
    }
}
