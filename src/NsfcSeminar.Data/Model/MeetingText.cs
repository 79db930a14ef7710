namespace NsfcSeminar.Data.Model;

/// <summary>One language version of a meeting's texts.</summary>
public sealed class MeetingText
{
    public int MeetingId { get; set; }

    public Language Language { get; set; }

    public required string Title { get; set; }

    /// <summary>The sentence that frames the discussion, as the meeting stated it.</summary>
    public string? StatedTheme { get; set; }

    public string? Summary { get; set; }

    public string? MinutesMarkdown { get; set; }

    public TextProvenance Provenance { get; set; }

    public string? TranslatedBy { get; set; }
}
