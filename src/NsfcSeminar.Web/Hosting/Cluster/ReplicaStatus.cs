using NpgsqlTypes;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// One sample of the primary and the replica. <see cref="Lag"/> is how long ago the replica was
/// last seen to have replayed everything the primary had written just before: everything
/// committed before then is on the replica, so it bounds how stale a reader's page can be.
/// </summary>
internal sealed record ReplicaStatus(
    bool PrimaryUp,
    bool ReplicaUp,
    NpgsqlLogSequenceNumber PrimaryLsn,
    NpgsqlLogSequenceNumber ReplayLsn,
    TimeSpan Lag)
{
    /// <summary>Before the first sample nothing is known, so nothing is read from the replica.</summary>
    public static readonly ReplicaStatus Unknown = new(true, false, default, default, TimeSpan.MaxValue);

    public long LagBytes => ReplicaUp && PrimaryUp && PrimaryLsn > ReplayLsn ? (long)(ulong)PrimaryLsn - (long)(ulong)ReplayLsn : 0;

    /// <summary>True when a reader who last wrote at <paramref name="written"/> (if ever) may be
    /// served from the replica: it is up, has replayed that write, and is no further behind than
    /// the bound. With the primary down the replica serves whatever it has: stale beats nothing.</summary>
    public bool Serves(NpgsqlLogSequenceNumber? written, TimeSpan maxLag)
    {
        if (!ReplicaUp)
        {
            return false;
        }

        if (!PrimaryUp)
        {
            return true;
        }

        return Lag <= maxLag && (written is not { } lsn || ReplayLsn >= lsn);
    }
}
