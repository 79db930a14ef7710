using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// The replica's lag and both servers' state in <c>/health</c>. Degraded, never Unhealthy: with
/// either server gone the portal still answers readers from the other, so the load balancer must
/// keep sending them.
/// </summary>
internal sealed class ReplicaHealthCheck(ReplicaMonitor monitor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = monitor.Current;
        var data = new Dictionary<string, object>
        {
            ["primaryUp"] = status.PrimaryUp,
            ["replicaUp"] = status.ReplicaUp,
            ["lagSeconds"] = status.Lag == TimeSpan.MaxValue ? -1 : Math.Round(status.Lag.TotalSeconds, 3),
            ["lagBytes"] = status.LagBytes,
            ["replayLsn"] = status.ReplayLsn.ToString(),
            ["maxLagSeconds"] = monitor.MaxLag.TotalSeconds,
        };
        var result = status switch
        {
            { PrimaryUp: false } => HealthCheckResult.Degraded("The primary cannot be reached: editing is read-only, reading goes on from the replica.", data: data),
            { ReplicaUp: false } => HealthCheckResult.Degraded("The replica cannot be reached: readers are served from the primary.", data: data),
            _ when status.Lag > monitor.MaxLag => HealthCheckResult.Degraded("The replica is behind the bound: readers are served from the primary.", data: data),
            _ => HealthCheckResult.Healthy("The replica is within the lag bound.", data),
        };
        return Task.FromResult(result);
    }
}
