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
/// first), and each of them but the first set against the latest earlier one.</summary>
public sealed record LanguageWording(Language Language, IReadOnlyList<YearSpan> Periods, IReadOnlyList<PeriodWording> Comparisons);

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
