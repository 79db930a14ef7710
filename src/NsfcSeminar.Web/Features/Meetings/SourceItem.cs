using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Meetings;

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
