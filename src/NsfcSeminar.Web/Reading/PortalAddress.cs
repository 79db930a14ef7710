using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Reading;

/// <summary>Absolute addresses for what leaves the portal (feeds, citations, the API), where a
/// relative link has no page to resolve against.</summary>
internal static class PortalAddress
{
    /// <summary>The portal's root ("https://host/"), without the language segment that
    /// <see cref="LanguagePrefixMiddleware"/> moves into the path base of page requests.</summary>
    public static Uri Root(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pathBase = request.PathBase.Value ?? "";
        if (request.HttpContext.Features.Get<UrlLanguage>() is not null)
        {
            pathBase = pathBase[..pathBase.LastIndexOf('/')];
        }

        return new Uri($"{request.Scheme}://{request.Host}{pathBase}/");
    }

    /// <summary>The root of the pages in one language ("https://host/zh/").</summary>
    public static Uri LanguageRoot(HttpRequest request, Language language) =>
        new(Root(request), PortalLanguages.PrefixOf(language) + "/");

    /// <summary>A speech's place on its meeting page, in one language.</summary>
    public static Uri Speech(Uri languageRoot, string meetingSlug, string anchor) =>
        new(languageRoot, $"meetings/{meetingSlug}#speech-{anchor}");
}
