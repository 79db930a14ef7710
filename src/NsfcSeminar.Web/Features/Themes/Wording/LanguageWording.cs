using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>The periods in which the theme's speeches have a text in one language (oldest
/// first), and each of them but the first set against the latest earlier one. <see cref="Years"/>
/// are the first and the last year of those texts (null without any).</summary>
public sealed record LanguageWording(Language Language, IReadOnlyList<YearSpan> Periods, IReadOnlyList<PeriodWording> Comparisons, YearSpan? Years)
{
    /// <summary>The longest of the <paramref name="windows"/> shorter than <paramref name="window"/>
    /// whose periods part these texts' years, so that there is something to compare; null if none does.</summary>
    public int? ShorterWindowThatSplits(int window, IEnumerable<int> windows) => Years is { } years
        ? windows.Where(w => w < window && PeriodStart(years.From, w) != PeriodStart(years.To, w)).Select(w => (int?)w).Max()
        : null;

    /// <summary>Periods are windows of calendar years aligned to multiples of their length (2015–2019, 2020–2024).</summary>
    public static int PeriodStart(int year, int window) => (int)Math.Floor(year / (double)window) * window;
}
