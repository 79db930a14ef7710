using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>The address of the page being shown, in either language, under the portal's public
/// root (<see cref="Reading.PortalAddress"/>), never under the host the request named.</summary>
internal static class LanguageUrls
{
    public static string For(NavigationManager navigation, Uri root, Language language) =>
        $"{root.AbsoluteUri}{language.Code()}/{PagePath(navigation)}";

    /// <summary>The address without a language, which sends each reader to their own.</summary>
    public static string Neutral(NavigationManager navigation, Uri root) => root.AbsoluteUri + PagePath(navigation);

    private static string PagePath(NavigationManager navigation)
    {
        var relative = navigation.ToBaseRelativePath(navigation.Uri);
        var fragment = relative.IndexOf('#', StringComparison.Ordinal);
        return fragment < 0 ? relative : relative[..fragment];
    }
}
