using Microsoft.Net.Http.Headers;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>Whether a request asked not to be answered from a cache (<c>Cache-Control: no-cache</c>).</summary>
internal static class SearchFreshness
{
    public static bool Asked(HttpContext? context) =>
        context is not null
        && CacheControlHeaderValue.TryParse(context.Request.Headers.CacheControl.ToString(), out var value)
        && value is { NoCache: true };
}
