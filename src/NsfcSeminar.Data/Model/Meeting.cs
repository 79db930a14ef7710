namespace NsfcSeminar.Data.Model;

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
