namespace NsfcSeminar.Data.Model;

/// <summary>
/// Where a record's facts come from: a release, a report, a page. A meeting and a speech cite
/// their own; every field but one way to find it (an address or a title) may be unknown.
/// </summary>
public sealed class Source
{
    public int Id { get; set; }

    /// <summary>Set for a meeting's source; a speech's source also names its meeting.</summary>
    public int MeetingId { get; set; }

    /// <summary>Set when the source is a speech's own (its full text published separately).</summary>
    public int? SpeechId { get; set; }

    public Speech? Speech { get; set; }

    public int SortOrder { get; set; }

    /// <summary>An absolute http(s) address, or null for a source that is not on the web.</summary>
    public string? Address { get; set; }

    public Bilingual Title { get; set; } = new();

    public Bilingual Publisher { get; set; } = new();

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? RetrievedOn { get; set; }

    /// <summary>The language the source is written in; null when it is in neither or unknown.</summary>
    public Language? Language { get; set; }

    public List<ArchivedCopy> Copies { get; } = [];
}
