using Microsoft.AspNetCore.Localization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

internal static class LocalizationPipelineExtensions
{
    /// <summary>Goes first in the pipeline, so that error pages re-executed further in keep the
    /// language of the address that failed.</summary>
    public static IApplicationBuilder UseLanguagePrefix(this IApplicationBuilder app) =>
        app.UseMiddleware<LanguagePrefixMiddleware>();

    /// <summary>The request culture from the URL, else the remembered choice, else the browser's
    /// Accept-Language.</summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Language.En.Culture()),
            SupportedCultures = PortalLanguages.SupportedCultures,
            SupportedUICultures = PortalLanguages.SupportedCultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
            RequestCultureProviders =
            [
                new UrlLanguageCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ],
        };
        return app.UseRequestLocalization(options);
    }

    /// <summary>After routing, which tells a page from a machine endpoint: unprefixed page
    /// addresses are redirected to the reader's language.</summary>
    public static IApplicationBuilder UseLanguageRedirect(this IApplicationBuilder app) =>
        app.UseMiddleware<LanguageRedirectMiddleware>();
}
