using Microsoft.AspNetCore.Localization;

namespace NsfcSeminar.Web.Localization;

internal static class LocalizationPipelineExtensions
{
    /// <summary>Goes first in the pipeline, so that error pages re-executed further in keep the
    /// language of the address that failed.</summary>
    public static IApplicationBuilder UseLanguagePrefix(this IApplicationBuilder app) =>
        app.UseMiddleware<LanguagePrefixMiddleware>();

    /// <summary>The request culture from the URL, else the remembered choice, else the browser's
    /// Accept-Language; then unprefixed page addresses are redirected to that language.</summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(PortalLanguages.English),
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
        app.UseRequestLocalization(options);
        return app.UseMiddleware<LanguageRedirectMiddleware>();
    }
}
