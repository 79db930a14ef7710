using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Snapshots;

/// <summary>A reference to another record: its id to write it back, its slug to read it.</summary>
public sealed record RecordRef(int Id, string Slug);

/// <summary>A <see cref="Bilingual"/> as stored in a snapshot.</summary>
public sealed record TextPair(string? Zh, string? En)
{
    public static TextPair Of(Bilingual text) => new(text.Zh, text.En);

    public Bilingual ToBilingual() => new() { Zh = Zh, En = En };
}

public sealed record MeetingSnapshot(
    string Slug,
    MeetingKind Kind,
    RecordRef? Series,
    int? SequenceNumber,
    TextPair SequenceTerm,
    DateOnly StartDate,
    DateOnly? EndDate,
    TextPair Place,
    MeetingFormat? Format,
    RecordRef? Organiser,
    PublicationStatus Status,
    Visibility Visibility,
    bool IsSample,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<MeetingTextSnapshot> Texts,
    IReadOnlyList<ParticipationSnapshot> Participations,
    IReadOnlyList<SpeechSnapshot> Speeches,
    IReadOnlyList<CitationSnapshot> Citations,
    IReadOnlyList<RecordRef> Themes,
    IReadOnlyList<SessionSnapshot>? Sessions = null,
    IReadOnlyList<SourceSnapshot>? Sources = null);

/// <summary>Sessions and sources came later: revisions saved before them read as having none.</summary>
public sealed record SessionSnapshot(string Anchor, int SortOrder, DateOnly? Date, TextPair Title, RecordRef? Chair);

/// <summary>A source as a revision keeps it; its archived copies are named by their SHA-256.</summary>
public sealed record SourceSnapshot(
    int SortOrder, string? Speech, string? Address, TextPair Title, TextPair Publisher, DateOnly? PublishedOn, DateOnly? RetrievedOn,
    Language? Language, IReadOnlyList<string> Copies);

public sealed record MeetingTextSnapshot(
    Language Language, string Title, string? StatedTheme, string? Summary, string? MinutesMarkdown, TextProvenance Provenance, string? TranslatedBy);

public sealed record ParticipationSnapshot(
    int Id, ParticipantRole Role, int SortOrder, RecordRef? Person, RecordRef? Organisation, RecordRef? Group, TextPair Position,
    TextPair? Note = null, int? GroupSize = null, bool GroupSizeIsMinimum = false);

public sealed record CitationSnapshot(RecordRef Document, int SortOrder);

/// <summary>A speech, on its own or inside its meeting's snapshot.</summary>
public sealed record SpeechSnapshot(
    int Id,
    RecordRef Meeting,
    string Anchor,
    int SortOrder,
    SpeechKind Kind,
    RecordRef? SpeakerPerson,
    RecordRef? SpeakerOrganisation,
    IReadOnlyList<SpeechTextSnapshot> Texts,
    IReadOnlyList<RecordRef> Themes,
    RecordRef? SpeakerGroup = null,
    TextPair? SpeakerDescription = null,
    string? Session = null);

public sealed record SpeechTextSnapshot(
    Language Language, string Title, string? Summary, string BodyMarkdown, TextProvenance Provenance, string? TranslatedBy);

public sealed record PersonSnapshot(string Slug, TextPair Name, TextPair Honorific);

public sealed record OrganisationSnapshot(string Slug, TextPair Name, TextPair ShortName, OrganisationKind? Kind, RecordRef? Parent);

public sealed record ThemeSnapshot(string Slug, TextPair Name, TextPair Description, RecordRef? Parent, int SortOrder);

/// <summary>The one JSON shape of revision content: enums by name, as in the database.</summary>
public static class RecordSnapshots
{
    /// <summary>Chinese is written as it is, not as \uXXXX escapes: the same characters to any
    /// JSON reader, and a third fewer bytes are written, checked and stored.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(object snapshot) => JsonSerializer.Serialize(snapshot, snapshot.GetType(), Json);

    public static T Deserialize<T>(string content) =>
        JsonSerializer.Deserialize<T>(content, Json) ?? throw new InvalidOperationException("Empty revision content.");
}
