using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>The cultures a browser may ask the portal for; what each language is called and
/// formatted with is in <see cref="Languages"/>.</summary>
internal static class PortalLanguages
{
    /// <summary>Plain <c>zh</c> and its regional forms fall back to the Chinese interface;
    /// everything else reads in English.</summary>
    public static IList<CultureInfo> SupportedCultures { get; } =
        [Language.En.Culture(), Language.Zh.Culture(), CultureInfo.GetCultureInfo(Language.Zh.Code())];
}
