namespace NsfcSeminar.Data.Model;

/// <summary>
/// Who took part in a meeting and in what role. The participant is a person (with the
/// organisation they represented, if any), an organisation on its own, or a named group
/// (optionally of an organisation). The database enforces that exactly this holds.
/// </summary>
public sealed class Participation
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting Meeting { get; set; } = null!;

    public ParticipantRole Role { get; set; }

    public int SortOrder { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int? GroupId { get; set; }

    public AttendeeGroup? Group { get; set; }

    /// <summary>The position held at this meeting ("Secretary of the Party Group and Director").</summary>
    public Bilingual Position { get; set; } = new();

    /// <summary>What the participant did there ("chaired the opening ceremony"), beside the role.</summary>
    public Bilingual Note { get; set; } = new();

    /// <summary>How many a group counted at this meeting ("more than 110 delegates"): null when unknown.</summary>
    public int? GroupSize { get; set; }

    /// <summary>True when the sources give the size as a lower bound ("more than 110").</summary>
    public bool GroupSizeIsMinimum { get; set; }
}
