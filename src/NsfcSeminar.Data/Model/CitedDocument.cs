namespace NsfcSeminar.Data.Model;

public enum DocumentKind
{
    PartyCongress,
    PlenarySession,
    Conference,
    Speech,
    Regulation,
    Policy,
    Other,
}

/// <summary>A guiding document meetings cite: a congress report, a plenary session, a regulation.</summary>
public sealed class CitedDocument
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public Bilingual Title { get; set; } = new();

    public DocumentKind Kind { get; set; }

    public DateOnly? IssuedOn { get; set; }
}

public sealed class MeetingCitation
{
    public int MeetingId { get; set; }

    public int DocumentId { get; set; }

    public CitedDocument Document { get; set; } = null!;

    public int SortOrder { get; set; }
}
