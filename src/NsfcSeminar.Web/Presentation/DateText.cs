using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>Dates as each language writes them: 16 November 2024, 2024年11月16日.</summary>
internal static class DateText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static string Format(DateOnly date, Language language) => language == Language.Zh
        ? date.ToString("yyyy年M月d日", Chinese)
        : date.ToString("d MMMM yyyy", English);

    public static string FormatRange(DateOnly start, DateOnly? end, Language language) =>
        end is { } last && last != start
            ? $"{Format(start, language)} – {Format(last, language)}"
            : Format(start, language);

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
