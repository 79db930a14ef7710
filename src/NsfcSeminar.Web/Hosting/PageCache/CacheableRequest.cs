using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Net.Http.Headers;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>What <see cref="ReaderPagePolicy"/> asks of a request and of the cookies its answer
/// sets before the page cache may keep or serve it.</summary>
internal static class CacheableRequest
{
    private static readonly string[] MachineGroups = ["/api", "/feeds"];

    public static bool IsAnonymousRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.User.Identity?.IsAuthenticated != true
        && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
        && !http.Request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);

    /// <summary>A page anyone may read, or a feed or API answer; never what needs a sign-in.</summary>
    public static bool IsReading(HttpContext http)
    {
        if (http.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null)
        {
            return false;
        }

        return endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            || MachineGroups.Any(group => http.Request.Path.StartsWithSegments(group, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsEnhancedNavigation(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("blazor-enhanced-nav", StringComparison.OrdinalIgnoreCase);

    public static bool IsAntiforgeryCookie(string? cookie) =>
        cookie?.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal) == true;

    /// <summary>The culture cookie a language address sets is the same for everyone who asks that address.</summary>
    public static bool IsLanguageCookie(string? cookie) =>
        cookie?.StartsWith(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName + "=", StringComparison.Ordinal) == true;
}
