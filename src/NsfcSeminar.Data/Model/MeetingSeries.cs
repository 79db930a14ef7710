namespace NsfcSeminar.Data.Model;

/// <summary>A recurring kind of meeting: "Party Group strategy seminar", "plenary session of the
/// Committee".</summary>
public sealed class MeetingSeries
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public Bilingual Name { get; set; } = new();

    public List<Meeting> Meetings { get; } = [];
}
