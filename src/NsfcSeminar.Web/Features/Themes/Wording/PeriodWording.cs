using NsfcSeminar.Web.Features.Wording;

namespace NsfcSeminar.Web.Features.Themes.Wording;

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
