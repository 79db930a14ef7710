using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Interchange.Format;

/// <summary>One seminar with everything it owns. Arrays keep the meeting's order (participants,
/// speeches, citations); theme lists are sets, written sorted by slug. An absent list is empty
/// (the setters turn the null that generated deserializers pass for a missing member into []).</summary>
public sealed record SeminarRecord
{
    public required string Slug { get; init; }

    public required MeetingKind Kind { get; init; }

    public string? Series { get; init; }

    public int? SequenceNumber { get; init; }

    public BilingualText? SequenceTerm { get; init; }

    public required DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public BilingualText? Place { get; init; }

    /// <summary>Absent or null when the sources do not say (they seldom do).</summary>
    public MeetingFormat? Format { get; init; }

    public string? Organiser { get; init; }

    public required PublicationStatus Status { get; init; }

    public required Visibility Visibility { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public bool? Sample { get; init; }

    public required LanguageVersions<MeetingTextRecord> Texts { get; init; }

    public IReadOnlyList<string> Themes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Citations { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ParticipantRecord> Participants { get; init => field = value ?? []; } = [];

    public IReadOnlyList<SpeechRecord> Speeches { get; init => field = value ?? []; } = [];

    public IReadOnlyList<SessionRecord> Sessions { get; init => field = value ?? []; } = [];

    public IReadOnlyList<SourceRecord> Sources { get; init => field = value ?? []; } = [];
}

/// <summary>A record's versions by language: <c>{"zh": …, "en": …}</c>.</summary>
public sealed record LanguageVersions<T>(T? Zh = null, T? En = null)
    where T : class
{
    public IEnumerable<(Language Language, T Version)> All()
    {
        if (Zh is not null)
        {
            yield return (Language.Zh, Zh);
        }

        if (En is not null)
        {
            yield return (Language.En, En);
        }
    }
}

public sealed record MeetingTextRecord
{
    public required string Title { get; init; }

    public string? StatedTheme { get; init; }

    public string? Summary { get; init; }

    public string? MinutesMarkdown { get; init; }

    public required TextProvenance Provenance { get; init; }

    public string? TranslatedBy { get; init; }
}

/// <summary>Exactly one of person, group or (on its own) organisation; a person or a group may
/// also name the organisation they stood for.</summary>
public sealed record ParticipantRecord
{
    public required ParticipantRole Role { get; init; }

    public string? Person { get; init; }

    public string? Group { get; init; }

    public string? Organisation { get; init; }

    public BilingualText? Position { get; init; }

    /// <summary>What the participant did there ("chaired the session of 28 May").</summary>
    public BilingualText? Note { get; init; }

    /// <summary>How many a group counted; with <see cref="GroupSizeIsMinimum"/> for "more than".</summary>
    public int? GroupSize { get; init; }

    public bool? GroupSizeIsMinimum { get; init; }
}

public sealed record SpeechRecord
{
    public required string Anchor { get; init; }

    public required SpeechKind Kind { get; init; }

    public string? Person { get; init; }

    public string? Organisation { get; init; }

    /// <summary>A named group as the speaker, by slug.</summary>
    public string? Group { get; init; }

    /// <summary>An unnamed speaker, in the words of the sources.</summary>
    public BilingualText? SpeakerDescription { get; init; }

    /// <summary>The anchor of the session it was given in.</summary>
    public string? Session { get; init; }

    public IReadOnlyList<string> Themes { get; init => field = value ?? []; } = [];

    public required LanguageVersions<SpeechTextRecord> Texts { get; init; }
}

public sealed record SpeechTextRecord
{
    /// <summary>Absent when the source gives the speech no title: pages make one when they show
    /// it ("Keynote speech by …"), and nothing made up is stored.</summary>
    public string? Title { get; init; }

    public string? Summary { get; init; }

    public required string BodyMarkdown { get; init; }

    public required TextProvenance Provenance { get; init; }

    public string? TranslatedBy { get; init; }
}
