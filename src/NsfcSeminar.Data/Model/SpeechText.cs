namespace NsfcSeminar.Data.Model;

/// <summary>One language version of a speech.</summary>
public sealed class SpeechText
{
    public int SpeechId { get; set; }

    public Language Language { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public string BodyMarkdown { get; set; } = "";

    public TextProvenance Provenance { get; set; }

    public string? TranslatedBy { get; set; }
}
