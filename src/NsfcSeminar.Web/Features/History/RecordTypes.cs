using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.History;

/// <summary>The address segment of each kind of record under /edit ("themes/{slug}/history").</summary>
public static class RecordTypes
{
    public static string Segment(RecordType type) => type switch
    {
        RecordType.Meeting => "meetings",
        RecordType.Speech => "speeches",
        RecordType.Person => "people",
        RecordType.Organisation => "organisations",
        _ => "themes",
    };

    public static RecordType? FromSegment(string? segment) => segment switch
    {
        "meetings" => RecordType.Meeting,
        "speeches" => RecordType.Speech,
        "people" => RecordType.Person,
        "organisations" => RecordType.Organisation,
        "themes" => RecordType.Theme,
        _ => null,
    };

    /// <summary>The history page of a record, relative to the language root. A speech has no slug
    /// of its own: it is named by its seminar's slug and its anchor ("seminar/keynote").</summary>
    public static string HistoryHref(RecordType type, string key) =>
        type == RecordType.Speech && SpeechKey(key) is var (meeting, anchor)
            ? $"edit/meetings/{Uri.EscapeDataString(meeting)}/speeches/{Uri.EscapeDataString(anchor)}/history"
            : $"edit/{Segment(type)}/{Uri.EscapeDataString(key)}/history";

    /// <summary>The record a history address names: a type segment and a slug, or a seminar's
    /// slug and a speech's anchor.</summary>
    public static (RecordType Type, string Key)? Named(string? segment, string? key, string? meetingSlug, string? anchor) =>
        meetingSlug is not null && anchor is not null ? (RecordType.Speech, $"{meetingSlug}/{anchor}")
        : FromSegment(segment) is { } type && key is not null ? (type, key)
        : null;

    /// <summary>A speech's key split into its seminar's slug and its anchor; null for an id.</summary>
    public static (string Meeting, string Anchor)? SpeechKey(string key) =>
        key.Split('/') is [var meeting, var anchor] ? (meeting, anchor) : null;
}
