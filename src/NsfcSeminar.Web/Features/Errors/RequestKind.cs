using Microsoft.AspNetCore.Diagnostics;

namespace NsfcSeminar.Web.Features.Errors;

/// <summary>The language a request is answered in, so that a failure answers in it too: a
/// harvester gets OAI-PMH, an API client problem details, a feed reader or a download plain text,
/// and only a person at a page the friendly HTML page.</summary>
internal enum RequestKind
{
    Page,
    Api,
    Harvesting,
    Feed,
    Export,
}

internal static class RequestKinds
{
    /// <summary>By path, not by endpoint: a request can fail before routing has chosen one. The
    /// path is read after the language prefix has moved into the path base.</summary>
    public static RequestKind Of(HttpContext context)
    {
        // While an error is handled, the request's path is already the error page's.
        var path = context.Features.Get<IExceptionHandlerPathFeature>() is { } failed ? new PathString(failed.Path) : context.Request.Path;
        return path switch
        {
            _ when path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") => RequestKind.Api,
            _ when path.StartsWithSegments("/oai") => RequestKind.Harvesting,
            _ when path.StartsWithSegments("/feeds") => RequestKind.Feed,
            _ when IsDownload(path.Value ?? "") => RequestKind.Export,
            _ => RequestKind.Page,
        };
    }

    /// <summary>The search exports (<c>/search/export.csv</c>) and citation files (<c>…/cite.bib</c>).</summary>
    private static bool IsDownload(string path) =>
        path.StartsWith("/search/export.", StringComparison.Ordinal) || path[(path.LastIndexOf('/') + 1)..].StartsWith("cite.", StringComparison.Ordinal);
}
