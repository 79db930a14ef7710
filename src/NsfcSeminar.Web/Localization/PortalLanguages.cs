using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>
/// The portal's two interface languages: the URL prefix that names each (<c>/zh/…</c>,
/// <c>/en/…</c>) and the culture that formats its dates, numbers and strings.
/// </summary>
internal static class PortalLanguages
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static IReadOnlyList<Language> All { get; } = [Language.Zh, Language.En];

    /// <summary>Cultures a browser may ask for. Plain <c>zh</c> and its regional forms fall back to
    /// the Chinese interface; everything else reads in English.</summary>
    public static IList<CultureInfo> SupportedCultures { get; } =
        [English, Chinese, CultureInfo.GetCultureInfo("zh")];

    public static string PrefixOf(Language language) => language == Language.Zh ? "zh" : "en";

    public static CultureInfo CultureOf(Language language) => language == Language.Zh ? Chinese : English;

    public static Language Of(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? Language.Zh : Language.En;

    public static bool TryParsePrefix(ReadOnlySpan<char> segment, out Language language)
    {
        foreach (var candidate in All)
        {
            if (segment.Equals(PrefixOf(candidate), StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }

        language = default;
        return false;
    }
}
