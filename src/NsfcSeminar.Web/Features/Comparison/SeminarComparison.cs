using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Wording;
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

/// <summary>One of the two seminars: its facts, the themes it or its speeches carry, its speeches.</summary>
public sealed record ComparedSeminar(MeetingRecord Record, IReadOnlyList<RecordLink> Themes, IReadOnlyList<ComparedSpeech> Speeches)
{
    /// <summary>Who spoke, each once, in the order they first spoke.</summary>
    public IReadOnlyList<ComparedSpeaker> Speakers => Speeches.Select(s => s.Speaker).OfType<ComparedSpeaker>().Distinct().ToList();

    public IReadOnlyList<ComparedSpeech> SpeechesOn(string themeSlug) => Speeches.Where(s => s.ThemeSlugs.Contains(themeSlug)).ToList();
}

/// <summary>A speech with what the comparison needs: where it is, its titles (a title is made
/// from its kind and speaker where it has none), its speaker and the slugs of its themes.</summary>
public sealed record ComparedSpeech(
    int Id, string Anchor, SpeechKind Kind, ComparedSpeaker? Speaker, IReadOnlyList<SpeechTitleVersion> Titles, IReadOnlyList<string> ThemeSlugs);

public sealed record SpeechTitleVersion(Language Language, string Title) : ITitledVersion;

/// <summary>A person or organisation with a page (<see cref="Href"/>), or a group or described
/// speaker without one. Equal speakers are the same record.</summary>
public sealed record ComparedSpeaker(string? Href, Bilingual Name)
{
    public bool Equals(ComparedSpeaker? other) => other is not null && (Href is null
        ? other.Href is null && Name.En == other.Name.En && Name.Zh == other.Name.Zh
        : Href == other.Href);

    public override int GetHashCode() => Href?.GetHashCode(StringComparison.Ordinal) ?? HashCode.Combine(Name.En, Name.Zh);
}

/// <summary>For each shared theme (by slug), how its speeches were worded in each seminar.</summary>
public sealed record SeminarWording(IReadOnlyDictionary<string, IReadOnlyList<ThemeTerms>> Themes)
{
    public static readonly SeminarWording None = new(new Dictionary<string, IReadOnlyList<ThemeTerms>>());

    /// <summary>Still being worked out when the page could wait no longer; kept for the next reader.</summary>
    public bool IsBeingWorkedOut { get; private init; }

    public static SeminarWording BeingWorkedOut() => None with { IsBeingWorkedOut = true };
}

/// <summary>A shared theme's speeches with a text in one language: how many in each seminar, and
/// the terms that stand out in each against the other. Compared only when both have some.</summary>
public sealed record ThemeTerms(Language Language, int EarlierSpeeches, int LaterSpeeches, IReadOnlyList<TermMove> Earlier, IReadOnlyList<TermMove> Later)
{
    public bool IsComparable => EarlierSpeeches > 0 && LaterSpeeches > 0;
}
