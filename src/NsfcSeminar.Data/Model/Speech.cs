namespace NsfcSeminar.Data.Model;

/// <summary>A speech or report given at a meeting: by a person, an organisation, a person for an
/// organisation, a named group ("the candidates of the fund"), or a speaker the sources describe
/// without naming ("a professor of Peking University").</summary>
public sealed class Speech : IAuditable
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting Meeting { get; set; } = null!;

    /// <summary>The fragment that links to it on the meeting page; unique within the meeting.</summary>
    public required string Anchor { get; set; }

    public int SortOrder { get; set; }

    public SpeechKind Kind { get; set; }

    public int? SpeakerPersonId { get; set; }

    public Person? SpeakerPerson { get; set; }

    public int? SpeakerOrganisationId { get; set; }

    public Organisation? SpeakerOrganisation { get; set; }

    public int? SpeakerGroupId { get; set; }

    public AttendeeGroup? SpeakerGroup { get; set; }

    /// <summary>An unnamed speaker, in the words of the sources.</summary>
    public Bilingual SpeakerDescription { get; set; } = new();

    /// <summary>The session it was given in, for meetings that have sessions.</summary>
    public int? SessionId { get; set; }

    public MeetingSession? Session { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    public List<SpeechText> Texts { get; } = [];

    public List<ReformTheme> Themes { get; } = [];
}
