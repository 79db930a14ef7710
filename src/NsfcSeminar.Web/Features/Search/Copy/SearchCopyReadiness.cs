using System.Globalization;
using NsfcSeminar.Web.Features.Errors;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// The machine formats of search (exports, feeds, the API, citation files) before the copy is
/// first built: 503 with Retry-After and how far the copy is, problem details for the API and
/// plain text for the rest (ADR-014's formats), rather than a slow or empty answer (ADR-017).
/// </summary>
internal sealed class SearchCopyReadiness(SearchCopy copy) : IEndpointFilter
{
    /// <summary>A build of 200,000 speeches takes under a minute: a client asks again soon.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(15);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!copy.IsPreparing)
        {
            return await next(context);
        }

        var progress = copy.Progress;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"Search is being prepared: {progress.Percent} % ({progress.Done:N0} of {progress.Total:N0} documents). Try again after the time in Retry-After.");
        context.HttpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return RequestKinds.Of(context.HttpContext) == RequestKind.Api
            ? TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Search is being prepared.")
            : TypedResults.Text(detail, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
