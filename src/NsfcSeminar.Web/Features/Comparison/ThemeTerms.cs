using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Wording;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>A shared theme's speeches with a text in one language: how many in each seminar, and
/// the terms that stand out in each against the other. Compared only when both have some.</summary>
public sealed record ThemeTerms(Language Language, int EarlierSpeeches, int LaterSpeeches, IReadOnlyList<TermMove> Earlier, IReadOnlyList<TermMove> Later)
{
    public bool IsComparable => EarlierSpeeches > 0 && LaterSpeeches > 0;
}
