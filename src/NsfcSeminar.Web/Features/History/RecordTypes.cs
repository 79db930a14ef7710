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

    /// <summary>The history page of a record, relative to the language root.</summary>
    public static string HistoryHref(RecordType type, string key) => $"edit/{Segment(type)}/{Uri.EscapeDataString(key)}/history";
}
