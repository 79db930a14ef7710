namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// The hot standby that anonymous reading is served from (ADR-018): its connection string is
/// <c>ConnectionStrings:Replica</c>, the rest is bound from <c>Seminar:Replica</c>. Without a
/// connection string everything reads from the primary, as a single portal always has.
/// </summary>
public sealed class ReplicaOptions
{
    public const string Section = "Seminar:Replica";

    public string? ConnectionString { get; set; }

    /// <summary>The primary's connection string (<c>ConnectionStrings:Seminar</c>), which the
    /// monitor samples beside the replica and pages fall back to.</summary>
    public string? PrimaryConnectionString { get; set; }

    /// <summary>How stale a reader's page may be: when the replica was last seen caught up longer
    /// ago than this, readers are served from the primary until it catches up again.</summary>
    public double MaxLagSeconds { get; set; } = 5;

    /// <summary>How long a browser that wrote something reads from the primary unless the replica
    /// has replayed its write (the written-LSN cookie's lifetime).</summary>
    public int WrittenCookieSeconds { get; set; } = 60;

    /// <summary>How often the primary's and the replica's positions are sampled.</summary>
    public int PollMilliseconds { get; set; } = 500;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
