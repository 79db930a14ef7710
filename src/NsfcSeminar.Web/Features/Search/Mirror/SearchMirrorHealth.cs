using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// Not ready until the search copy is first built (the portal can serve everything but search);
/// degraded while it is built again or cannot catch up (searches answer from the copy as it
/// is). The data say how far a build is and how fresh the copy is (ADR-017).
/// </summary>
internal sealed class SearchMirrorHealth(SearchMirror mirror) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var progress = mirror.Progress;
        var freshness = mirror.Freshness;
        var data = new Dictionary<string, object>
        {
            ["building"] = progress.Building,
            ["built"] = progress.Done,
            ["documents"] = progress.Total,
            ["generation"] = mirror.Generation,
            ["listening"] = mirror.Listening,
        };
        if (freshness.CurrentAt is { } currentAt)
        {
            data["currentAt"] = currentAt.ToString("O", CultureInfo.InvariantCulture);
            data["currentSecondsAgo"] = Math.Round((DateTimeOffset.UtcNow - currentAt).TotalSeconds, 1);
        }

        if (freshness.LastLag is { } lag)
        {
            data["lastLagMilliseconds"] = Math.Round(lag.TotalMilliseconds);
        }

        var building = string.Create(CultureInfo.InvariantCulture, $"{progress.Percent} % ({progress.Done:N0} of {progress.Total:N0} documents)");
        return Task.FromResult(
            !mirror.IsReady ? HealthCheckResult.Unhealthy(
                mirror.Failure is null ? $"The search copy is being built: {building}." : "The search copy could not be built yet; it tries again.",
                mirror.Failure, data)
            : progress.Building ? HealthCheckResult.Degraded($"The search copy is being built again: {building}; the copy before answers.", data: data)
            : mirror.Failure is not null ? HealthCheckResult.Degraded("The search copy cannot catch up; it answers as it was.", mirror.Failure, data)
            : HealthCheckResult.Healthy("The search copy is current.", data));
    }
}
