namespace NsfcSeminar.Data.Model;

/// <summary>A part of a meeting that runs over several days or halves ("the session of 28 May"),
/// with its own date, title and chair; speeches may belong to one.</summary>
public sealed class MeetingSession
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    /// <summary>The fragment that links to it on the meeting page; unique within the meeting.</summary>
    public required string Anchor { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Null when the sources do not say which day.</summary>
    public DateOnly? Date { get; set; }

    public Bilingual Title { get; set; } = new();

    public int? ChairPersonId { get; set; }

    public Person? ChairPerson { get; set; }
}
