namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>What <see cref="ReplicaMonitor"/> says in the log.</summary>
internal sealed partial class ReplicaMonitor
{
    [LoggerMessage(LogLevel.Warning, "The primary database cannot be reached: editing is read-only and readers are served from the replica.")]
    private static partial void PrimaryDown(ILogger logger);

    [LoggerMessage(LogLevel.Information, "The primary database answers again: editing is open.")]
    private static partial void PrimaryBack(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "The replica cannot be reached (or is not a standby): readers are served from the primary.")]
    private static partial void ReplicaDown(ILogger logger);

    [LoggerMessage(LogLevel.Information, "The replica answers again.")]
    private static partial void ReplicaBack(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "The replica is more than {MaxLagSeconds} s behind the primary: readers are served from the primary until it catches up.")]
    private static partial void ReplicaBehind(ILogger logger, double maxLagSeconds);

    [LoggerMessage(LogLevel.Information, "The replica has caught up: readers are served from it again.")]
    private static partial void ReplicaCaughtUp(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Replica lag {LagSeconds} s, {LagBytes} bytes of WAL, replayed to {ReplayLsn}.")]
    private static partial void ReplicaLagReport(ILogger logger, double lagSeconds, long lagBytes, string replayLsn);
}
