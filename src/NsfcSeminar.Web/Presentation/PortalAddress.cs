using Microsoft.Extensions.Options;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Presentation;

/// <summary>Absolute addresses for what leaves the portal (feeds, OAI-PMH, exports, citations,
/// the API), where a relative link has no page to resolve against. They all start with the
/// configured public address, never with the request's Host header, which a client chooses
/// (ADR-014).</summary>
internal static class PortalAddress
{
    /// <summary>The portal's root ("https://host/"), without a language segment.</summary>
    public static Uri Root(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Root(request.HttpContext.RequestServices);
    }

    public static Uri Root(IServiceProvider services) =>
        services.GetRequiredService<IOptions<HostingOptions>>().Value.PublicRoot;

    /// <summary>The root of the pages in one language ("https://host/zh/").</summary>
    public static Uri LanguageRoot(HttpRequest request, Language language) => LanguageRoot(Root(request), language);

    public static Uri LanguageRoot(Uri root, Language language) => new(root, language.Code() + "/");

    /// <summary>A speech's place on its meeting page, in one language.</summary>
    public static Uri Speech(Uri languageRoot, string meetingSlug, string anchor) =>
        new(languageRoot, $"meetings/{meetingSlug}#speech-{anchor}");
}
