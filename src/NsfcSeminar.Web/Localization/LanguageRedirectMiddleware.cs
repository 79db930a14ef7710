using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace NsfcSeminar.Web.Localization;

/// <summary>
/// Sends a page address without a language prefix to the same page in the reader's language (the
/// remembered choice, else the browser's Accept-Language), so that every page a reader sees,
/// shares or bookmarks names its language. Machine endpoints and files keep their one address.
/// </summary>
internal sealed class LanguageRedirectMiddleware(RequestDelegate next)
{
    /// <summary>Addresses that are the same in both languages.</summary>
    private static readonly PathString[] LanguageNeutral =
        ["/_framework", "/_blazor", "/_content", "/health", "/api", "/oai", "/feeds", "/openapi"];

    public Task InvokeAsync(HttpContext context)
    {
        if (!NeedsLanguage(context))
        {
            return next(context);
        }

        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? PortalLanguages.English;
        var prefix = "/" + PortalLanguages.PrefixOf(PortalLanguages.Of(culture));
        var request = context.Request;
        context.Response.Headers.Append(HeaderNames.Vary, "Accept-Language, Cookie");
        context.Response.Redirect($"{request.PathBase}{prefix}{request.Path}{request.QueryString}");
        return Task.CompletedTask;
    }

    private static bool NeedsLanguage(HttpContext context)
    {
        var request = context.Request;

        // An error page re-executed for a machine address (/api/nothing) answers there with its
        // own status: a redirect would turn the 404 into a 302 to a page.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            return false;
        }

        if (context.Features.Get<UrlLanguage>() is not null
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return false;
        }

        var path = request.Path;
        if (LanguageNeutral.Any(neutral => path.StartsWithSegments(neutral, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // Files (favicon.png, app.css) are addressed by name, not by page.
        var value = path.Value ?? "/";
        return !value[(value.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
    }
}
