using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>The address of the page being shown, in either language.</summary>
internal static class LanguageUrls
{
    public static string For(NavigationManager navigation, Language language) =>
        $"{Root(navigation)}{PortalLanguages.PrefixOf(language)}/{PagePath(navigation)}";

    /// <summary>The address without a language, which sends each reader to their own.</summary>
    public static string Neutral(NavigationManager navigation) => Root(navigation) + PagePath(navigation);

    /// <summary>The portal's root: the base address without its language segment.</summary>
    private static string Root(NavigationManager navigation)
    {
        var baseUri = navigation.BaseUri;
        var trimmed = baseUri.AsSpan().TrimEnd('/');
        var lastSlash = trimmed.LastIndexOf('/');
        return PortalLanguages.TryParsePrefix(trimmed[(lastSlash + 1)..], out _)
            ? baseUri[..(lastSlash + 1)]
            : baseUri;
    }

    private static string PagePath(NavigationManager navigation)
    {
        var relative = navigation.ToBaseRelativePath(navigation.Uri);
        var fragment = relative.IndexOf('#', StringComparison.Ordinal);
        return fragment < 0 ? relative : relative[..fragment];
    }
}
