using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Features.Errors;

namespace NsfcSeminar.Web.Hosting;

/// <summary>A 429 with Retry-After, in the request's own format: problem details for the API,
/// plain text in both languages elsewhere (a download, a form post). It has a body, so the
/// status-code pages leave it alone.</summary>
internal static class RateLimitRejection
{
    /// <summary>A concurrency limit has no window: an export in flight usually ends within this.</summary>
    private static readonly TimeSpan ConcurrentWait = TimeSpan.FromSeconds(5);

    public static async ValueTask AnswerAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : ConcurrentWait;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        IResult answer = RequestKinds.Of(context) == RequestKind.Api
            ? ApiProblems.TooManyRequests()
            : TypedResults.Text(
                $"Too many requests from your address. Please try again in {seconds} s.\n来自您所在地址的请求过多，请在 {seconds} 秒后重试。\n",
                statusCode: StatusCodes.Status429TooManyRequests);
        await answer.ExecuteAsync(context);
    }
}
