using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>
/// Sends a page address without a language prefix to the same page in the reader's language (the
/// remembered choice, else the browser's Accept-Language), so that every page a reader sees,
/// shares or bookmarks names its language. Which addresses are pages is known from routing, not
/// from a list: a Razor component page needs a language; every other endpoint (the API, feeds,
/// OAI-PMH, health, the Blazor hub, downloads) and every file keeps its one address; an address
/// nothing answers goes to the reader's language, where the not-found page speaks it.
/// </summary>
internal sealed class LanguageRedirectMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!NeedsLanguage(context))
        {
            return next(context);
        }

        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? Language.En.Culture();
        var prefix = "/" + Languages.Of(culture).Code();
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

        if (context.GetEndpoint() is { } endpoint)
        {
            return endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        }

        // Files (favicon.png, app.css) are addressed by name, not by page.
        var value = request.Path.Value ?? "/";
        return !value[(value.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
    }
}
