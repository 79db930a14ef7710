using NsfcSeminar.Data.Model;
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
