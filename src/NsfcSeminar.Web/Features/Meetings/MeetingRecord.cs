using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>Everything the meeting page shows, in both languages.</summary>
public sealed record MeetingRecord(
    string Slug,
    MeetingKind Kind,
    RecordLink? Series,
    int? SequenceNumber,
    Bilingual SequenceTerm,
    DateOnly StartDate,
    DateOnly? EndDate,
    Bilingual Place,
    MeetingFormat? Format,
    RecordLink? Organiser,
    bool IsSample,
    Visibility Visibility,
    IReadOnlyList<MeetingTextVersion> Texts,
    IReadOnlyList<CitedDocumentItem> CitedDocuments,
    IReadOnlyList<RecordLink> Themes,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<SpeechItem> Speeches,
    IReadOnlyList<SessionItem> Sessions,
    IReadOnlyList<SourceItem> Sources)
{
    /// <summary>The meeting's key, for the page cache's tags; not part of any answer.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int MeetingId { get; init; }
}

/// <summary>A part of the meeting: its day, its title, who chaired it.</summary>
public sealed record SessionItem(string Anchor, DateOnly? Date, Bilingual Title, RecordLink? Chair);

/// <summary>A source of the meeting's facts, or of one speech's (<see cref="SpeechAnchor"/>).</summary>
public sealed record SourceItem(
    string? SpeechAnchor,
    string? Address,
    Bilingual Title,
    Bilingual Publisher,
    DateOnly? PublishedOn,
    DateOnly? RetrievedOn,
    Language? Language,
    IReadOnlyList<CopyItem> Copies);

/// <summary>An archived copy, without its bytes: the page links to it by its hash.</summary>
public sealed record CopyItem(string Sha256, string FileName, string ContentType, long Size);

public sealed record MeetingTextVersion(
    Language Language,
    string Title,
    string? StatedTheme,
    string? Summary,
    string? MinutesMarkdown,
    TextProvenance Provenance,
    string? TranslatedBy) : ITitledVersion;

public sealed record CitedDocumentItem(Bilingual Title, DocumentKind Kind, DateOnly? IssuedOn);

/// <summary>A person (with the body they represented), a body, or a named group.</summary>
public sealed record ParticipantItem(
    ParticipantRole Role,
    RecordLink? Person,
    Bilingual? Honorific,
    RecordLink? Organisation,
    Bilingual? GroupName,
    Bilingual Position,
    Bilingual Note,
    int? GroupSize,
    bool GroupSizeIsMinimum);

public sealed record SpeechItem(
    string Anchor,
    SpeechKind Kind,
    RecordLink? Person,
    Bilingual? Honorific,
    RecordLink? Organisation,
    IReadOnlyList<SpeechTextVersion> Texts,
    IReadOnlyList<RecordLink> Themes,
    Bilingual? SpeakerGroup,
    Bilingual SpeakerDescription,
    string? SessionAnchor)
{
    /// <summary>Who spoke, as a title made at render time names them: the person, else the
    /// organisation, the group, or the sources' description of an unnamed speaker.</summary>
    public Bilingual? SpeakerName => Person?.Name ?? Organisation?.Name ?? SpeakerGroup ?? (SpeakerDescription.IsEmpty ? null : SpeakerDescription);
}

public sealed record SpeechTextVersion(
    Language Language,
    string Title,
    string? Summary,
    string BodyMarkdown,
    TextProvenance Provenance,
    string? TranslatedBy) : ITitledVersion;
