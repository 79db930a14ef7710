using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>Two seminars side by side, the earlier first whichever was named first: the themes
/// both carried, those only the earlier carried (dropped) and only the later (new), who spoke at
/// each and at both, and how each shared theme was worded in each.</summary>
public sealed record SeminarComparison(
    ComparedSeminar Earlier,
    ComparedSeminar Later,
    IReadOnlyList<RecordLink> SharedThemes,
    IReadOnlyList<RecordLink> DroppedThemes,
    IReadOnlyList<RecordLink> NewThemes,
    IReadOnlyList<ComparedSpeaker> SpokeAtBoth,
    SeminarWording Wording);
