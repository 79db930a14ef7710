using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>
/// Which answers are kept in the shared page cache, and under what key (ADR-019): anonymous GETs
/// of reading pages, feeds and the API, by their full address (the language is the path base),
/// every query value and the culture. Anything a signed-in person asks, anything behind
/// authorisation, an editing page, a page that sets a cookie of its own (beyond the language it
/// was asked in), or a page marked <c>[OutputCache(NoStore = true)]</c> (its form's token is the
/// reader's own) is never kept.
/// </summary>
internal sealed class ReaderPagePolicy(IOptionsMonitor<PageCacheOptions> options) : IOutputCachePolicy
{
    private const string EnhancedNavigationHeader = "blazor-enhanced-nav";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = options.CurrentValue.Enabled && CacheableRequest.IsAnonymousRead(http) && CacheableRequest.IsReading(http);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.CurrentValue.Seconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        // Blazor answers its enhanced navigation differently (headers that let the page be patched
        // rather than reloaded): such an answer is never served to a plain request, nor the reverse.
        context.CacheVaryByRules.VaryByValues["enhanced-navigation"] = CacheableRequest.IsEnhancedNavigation(http.Request) ? "yes" : "no";
        context.Tags.Add(PageCacheTags.Archive);
        return ValueTask.CompletedTask;
    }

    /// <summary>The kept page holds the antiforgery cookie of the reader it was rendered for;
    /// nobody else is sent it (a shared token would let one reader forge another's form).</summary>
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.SetCookie = new Microsoft.Extensions.Primitives.StringValues([.. headers.SetCookie.Where(cookie => !CacheableRequest.IsAntiforgeryCookie(cookie))]);
            // The cache's entry format keeps common header strings in one spelling, so Blazor's
            // "allow" comes back as "Allow", which blazor.web.js does not take as leave to patch
            // the page on an enhanced navigation (it would change the address and keep the page).
            if (headers.TryGetValue(EnhancedNavigationHeader, out var allowed) && allowed == "Allow")
            {
                headers[EnhancedNavigationHeader] = "allow";
            }

            return Task.CompletedTask;
        }, context.HttpContext.Response);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Blazor adds an antiforgery cookie (and no-store) to every page as the response starts,
        // after the cache has taken the headers it keeps, because the portal has interactive
        // pages; a page whose form needs that token opts out with [OutputCache(NoStore = true)].
        var keep = response.StatusCode == StatusCodes.Status200OK
            && response.Headers.SetCookie.All(cookie => CacheableRequest.IsLanguageCookie(cookie) || CacheableRequest.IsAntiforgeryCookie(cookie));
        context.AllowCacheStorage &= keep;
        if (!PageCacheTags.IsMeetingPage(context))
        {
            context.Tags.Add(PageCacheTags.Listings);
        }

        return ValueTask.CompletedTask;
    }
}
