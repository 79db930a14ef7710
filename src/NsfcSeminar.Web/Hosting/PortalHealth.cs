using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Beside <c>/health</c> (every check, one word) and <c>/health/ready</c> (may it take readers,
/// ADR-018): <c>/health/live</c> — is the process up. It runs no check: restarting a portal
/// that waits for its database or builds its search copy would not help.
/// </summary>
internal static class PortalHealth
{
    public static IEndpointRouteBuilder MapLiveness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        return app;
    }

    /// <summary>Each check's status, what it says and its data, as JSON: why an instance is not
    /// ready (the search copy is being built, and how far it is).</summary>
    public static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, cancellationToken: context.RequestAborted);
    }
}
