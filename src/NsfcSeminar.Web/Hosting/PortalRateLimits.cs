using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.Web.Hosting;

/// <summary>
/// Limits on what an anonymous client may ask for, per client address (as the forwarded headers
/// of a configured proxy give it): whole-archive exports (a few a minute, and only a few at once),
/// the API, and sign-in posts. Signed-in staff are not limited. The limits are
/// <c>Seminar:RateLimits:*</c> (<see cref="RateLimitOptions"/>); a refusal is a 429 with
/// Retry-After (<see cref="RateLimitRejection"/>).
/// </summary>
internal static class PortalRateLimits
{
    public const string Exports = "exports";
    public const string Api = "api";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.AnswerAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HostingOptions>>((options, hosting) =>
        {
            var limits = hosting.Value.RateLimits;
            options.AddPolicy(Exports, context => Window(context, limits.Exports));
            options.AddPolicy(Api, context => Window(context, limits.Api));
            options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? Window(context, limits.SignIn)
                : RateLimitPartition.GetNoLimiter(""));

            // A second limiter on exports, for how many run at once: the endpoint takes one policy.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Exports
                    ? Concurrency(context, limits.Exports)
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(HttpContext context, RateLimit limit) =>
        limit.PermitLimit == 0 || IsStaff(context)
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = TimeSpan.FromSeconds(limit.WindowSeconds),
                QueueLimit = 0,
            });

    private static RateLimitPartition<string> Concurrency(HttpContext context, RateLimit limit) =>
        limit.Concurrent == 0 || IsStaff(context)
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetConcurrencyLimiter(ClientOf(context), _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = limit.Concurrent,
                QueueLimit = 0,
            });

    private static bool IsStaff(HttpContext context) => SeminarRoles.ReadStaffOnly.Any(context.User.IsInRole);

    /// <summary>The client's address; behind a configured proxy, the one it forwarded.</summary>
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
