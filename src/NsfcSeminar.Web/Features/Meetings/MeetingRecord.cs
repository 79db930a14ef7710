using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;
using NsfcSeminar.Web.Reading;

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
    IReadOnlyList<SpeechItem> Speeches);

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
    Bilingual Position);

public sealed record SpeechItem(
    string Anchor,
    SpeechKind Kind,
    RecordLink? Person,
    Bilingual? Honorific,
    RecordLink? Organisation,
    IReadOnlyList<SpeechTextVersion> Texts,
    IReadOnlyList<RecordLink> Themes);

public sealed record SpeechTextVersion(
    Language Language,
    string Title,
    string? Summary,
    string BodyMarkdown,
    TextProvenance Provenance,
    string? TranslatedBy) : ITitledVersion;
