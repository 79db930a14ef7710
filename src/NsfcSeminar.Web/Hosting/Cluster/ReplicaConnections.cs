using Microsoft.Extensions.Options;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>The two small connection pools the <see cref="ReplicaMonitor"/> and the written-LSN
/// cookie use, apart from the pages' pools so that a busy page never delays a sample.</summary>
internal sealed class ReplicaConnections(IOptions<ReplicaOptions> options) : IAsyncDisposable
{
    public NpgsqlDataSource Primary { get; } = Open(options.Value.PrimaryConnectionString!);

    public NpgsqlDataSource Replica { get; } = Open(options.Value.ConnectionString!);

    /// <summary>Pages read the replica with the portal's usual connect timeout, or the primary the
    /// moment the replica cannot be reached: Npgsql's multi-host connection prefers the standby and
    /// falls back to the primary by itself, so a reader never waits for the monitor's next sample
    /// to learn that the standby went away.</summary>
    public string ReplicaForPages { get; } = ReplicaThenPrimary(options.Value.ConnectionString!, options.Value.PrimaryConnectionString!);

    public async ValueTask DisposeAsync()
    {
        await Primary.DisposeAsync();
        await Replica.DisposeAsync();
    }

    private static string ReplicaThenPrimary(string replica, string primary)
    {
        var pages = new NpgsqlConnectionStringBuilder(SeminarDataServiceCollectionExtensions.WithConnectTimeout(replica));
        var fallback = new NpgsqlConnectionStringBuilder(primary);
        pages.Host = $"{pages.Host}:{pages.Port},{fallback.Host}:{fallback.Port}";
        pages.TargetSessionAttributes = "prefer-standby";
        pages.HostRecheckSeconds = 1;
        return pages.ConnectionString;
    }

    private static NpgsqlDataSource Open(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = 2,
            CommandTimeout = 2,
            MaxPoolSize = 4,
            ApplicationName = "nsfc-seminar replica monitor",
        });
}
