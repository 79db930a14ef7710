using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Themes;

/// <summary>What the record says about a theme as a whole: when it was spoken about, by whom, and
/// with which other themes. Counts are of speeches the reader may see. <see cref="Scope"/> is the
/// theme's id and its sub-themes': what the figures loaded beside these count over.</summary>
public sealed record ThemeAnalysis(
    IReadOnlyList<YearCount> SpeechesPerYear,
    IReadOnlyList<RankedLink> Speakers,
    IReadOnlyList<RankedLink> Organisations,
    IReadOnlyList<RankedLink> CoThemes,
    IReadOnlyList<int> Scope)
{
    public bool IsEmpty => SpeechesPerYear.All(y => y.Count == 0);
}

public sealed record YearCount(int Year, int Count);

/// <summary>A linked record with how many speeches it accounts for.</summary>
public sealed record RankedLink(RecordLink Record, int Count);
