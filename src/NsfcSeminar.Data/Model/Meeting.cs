namespace NsfcSeminar.Data.Model;

public enum MeetingKind
{
    Seminar,

    /// <summary>A 务虚研讨会: a seminar on principles and direction. "Virtual" in the agency's
    /// English means this, not an online meeting.</summary>
    StrategySeminar,
    StudySession,
    PlenarySession,
    Symposium,
    Conference,
}

public enum MeetingFormat
{
    InPerson,
    VideoLink,
    Hybrid,
}

public sealed class Meeting : IAuditable
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public MeetingKind Kind { get; set; }

    public int? SeriesId { get; set; }

    public MeetingSeries? Series { get; set; }

    /// <summary>Its number within the series: within the year of <see cref="StartDate"/>, or within
    /// <see cref="SequenceTerm"/> when that is set ("the 2nd plenary session of the 9th Committee").</summary>
    public int? SequenceNumber { get; set; }

    public Bilingual SequenceTerm { get; set; } = new();

    public DateOnly StartDate { get; set; }

    /// <summary>Set only for meetings that run over several days.</summary>
    public DateOnly? EndDate { get; set; }

    public Bilingual Place { get; set; } = new();

    public MeetingFormat Format { get; set; }

    public int? OrganiserId { get; set; }

    public Organisation? Organiser { get; set; }

    public PublicationStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    /// <summary>Marks the invented records of the sample archive, so nobody cites them.</summary>
    public bool IsSample { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>PostgreSQL's xmin, the optimistic-concurrency token.</summary>
    public uint Version { get; set; }

    public List<MeetingText> Texts { get; } = [];

    public List<Participation> Participations { get; } = [];

    public List<Speech> Speeches { get; } = [];

    public List<MeetingCitation> Citations { get; } = [];

    public List<ReformTheme> Themes { get; } = [];
}
