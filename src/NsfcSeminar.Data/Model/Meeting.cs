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

    /// <summary>党组会议: a meeting of the foundation's Party Group.</summary>
    PartyGroupMeeting,

    /// <summary>党组（扩大）会议: a Party Group meeting enlarged to heads of departments and bureaus.</summary>
    EnlargedPartyGroupMeeting,

    /// <summary>专家咨询委员会会议: a meeting of a science department's advisory committee.</summary>
    AdvisoryCommitteeMeeting,

    /// <summary>调研 with a 座谈会: a visit to an institution or region, with a symposium there.</summary>
    InspectionVisit,

    /// <summary>An international meeting the foundation hosts (an annual meeting of a council of funders).</summary>
    InternationalMeeting,

    /// <summary>An anniversary or award ceremony.</summary>
    Ceremony,
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

    /// <summary>Null when the sources do not say: releases seldom do, and nothing is assumed.</summary>
    public MeetingFormat? Format { get; set; }

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

    public List<MeetingSession> Sessions { get; } = [];

    /// <summary>The meeting's sources and its speeches' (those have <see cref="Source.SpeechId"/>).</summary>
    public List<Source> Sources { get; } = [];
}
