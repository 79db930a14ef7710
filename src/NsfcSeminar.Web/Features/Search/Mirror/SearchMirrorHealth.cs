using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>Degraded while the search copy is being built (searches are slower, not wrong).</summary>
internal sealed class SearchMirrorHealth(SearchMirror mirror) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            mirror.IsReady ? HealthCheckResult.Healthy("The search copy is current.")
            : mirror.Failure is not null ? HealthCheckResult.Degraded("The search copy could not be built; searches run in PostgreSQL.")
            : HealthCheckResult.Degraded("The search copy is being built; searches run in PostgreSQL meanwhile."));
}
