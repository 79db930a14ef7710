using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Wording;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>How a theme's wording moved: per language of the texts, each period's terms that
/// rose and fell against the period before it. Counted from speeches the reader may see.</summary>
public sealed record ThemeWording(int Window, IReadOnlyList<LanguageWording> Languages)
{
    /// <summary>Still being worked out when the page could wait no longer; kept for the next reader.</summary>
    public bool IsBeingWorkedOut { get; private init; }

    public static ThemeWording BeingWorkedOut(int window) => new(window, []) { IsBeingWorkedOut = true };
}

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

/// <summary>One period set against an earlier one. With too few speeches on either side
/// (<see cref="IsComparable"/> false) no term is said to rise or fall.</summary>
public sealed record PeriodWording(
    YearSpan Span, YearSpan Previous, int Speeches, int PreviousSpeeches, IReadOnlyList<TermMove> Rising, IReadOnlyList<TermMove> Falling)
{
    /// <summary>Speeches a period needs, on both sides, before its terms are compared.</summary>
    public const int MinimumSpeeches = 3;

    public bool IsComparable => Speeches >= MinimumSpeeches && PreviousSpeeches >= MinimumSpeeches;

    /// <summary>The years between the two periods, in which no speech had a text in the language.</summary>
    public YearSpan? Gap => Previous.To + 1 < Span.From ? new YearSpan(Previous.To + 1, Span.From - 1) : null;
}

public sealed record YearSpan(int From, int To);
