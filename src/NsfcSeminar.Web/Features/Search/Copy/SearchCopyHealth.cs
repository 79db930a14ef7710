using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Not ready until the search copy is first built (the portal can serve everything but search);
/// degraded while it is built again or cannot catch up (searches answer from the copy as it
/// is). The data say how fresh the copy is and, while it is built, how far the build is: a copy
/// resumed from its folder was not built by this run, and 0 of 0 would read as an empty copy
/// (ADR-017).
/// </summary>
internal sealed class SearchCopyHealth(SearchCopy copy, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var progress = copy.Progress;
        var freshness = copy.Freshness;
        var data = new Dictionary<string, object>
        {
            ["building"] = progress.Building,
            ["generation"] = copy.Generation,
            ["listening"] = copy.Listening,
        };
        if (progress.Building || !copy.IsReady)
        {
            data["built"] = progress.Done;
            data["documents"] = progress.Total;
        }

        if (freshness.CurrentAt is { } currentAt)
        {
            data["currentAt"] = currentAt.ToString("O", CultureInfo.InvariantCulture);
            data["currentSecondsAgo"] = Math.Round((clock.GetUtcNow() - currentAt).TotalSeconds, 1);
        }

        if (freshness.LastLag is { } lag)
        {
            data["lastLagMilliseconds"] = Math.Round(lag.TotalMilliseconds);
        }

        var building = string.Create(CultureInfo.InvariantCulture, $"{progress.Percent} % ({progress.Done:N0} of {progress.Total:N0} documents)");
        return Task.FromResult(
            !copy.IsReady ? HealthCheckResult.Unhealthy(
                copy.Failure is null ? $"The search copy is being built: {building}." : "The search copy could not be built yet; it tries again.",
                copy.Failure, data)
            : progress.Building ? HealthCheckResult.Degraded($"The search copy is being built again: {building}; the copy before answers.", data: data)
            : copy.Failure is not null ? HealthCheckResult.Degraded("The search copy cannot catch up; it answers as it was.", copy.Failure, data)
            : HealthCheckResult.Healthy("The search copy is current.", data));
    }
}
