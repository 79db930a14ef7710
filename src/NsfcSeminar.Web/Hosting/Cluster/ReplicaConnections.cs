using Microsoft.Extensions.Options;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>The two small connection pools the <see cref="ReplicaMonitor"/> and the written-LSN
/// cookie use, apart from the pages' pools so that a busy page never delays a sample.</summary>
internal sealed class ReplicaConnections(IConfiguration configuration, IOptions<ReplicaOptions> options) : IAsyncDisposable
{
    public NpgsqlDataSource Primary { get; } = Open(configuration.GetConnectionString("Seminar")!);

    public NpgsqlDataSource Replica { get; } = Open(options.Value.ConnectionString!);

    /// <summary>Pages read the replica with the portal's usual connect timeout.</summary>
    public string ReplicaForPages { get; } = SeminarDataServiceCollectionExtensions.WithConnectTimeout(options.Value.ConnectionString!);

    public async ValueTask DisposeAsync()
    {
        await Primary.DisposeAsync();
        await Replica.DisposeAsync();
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
