using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>
/// What the seminar form edits. Mapped explicitly onto the entities by
/// <see cref="MeetingInputMapping"/>, never bound to them, so a form can change only what it
/// shows; serialised as JSON for the editor's server-side draft.
/// </summary>
public sealed class MeetingInput : IEditInput
{
    /// <summary>Null for a seminar not saved yet.</summary>
    public int? Id { get; set; }

    /// <summary>The concurrency token (xmin) of the row this input was loaded from.</summary>
    public uint Version { get; set; }

    public string Slug { get; set; } = "";

    public MeetingKind Kind { get; set; } = MeetingKind.Seminar;

    public int? SeriesId { get; set; }

    public int? SequenceNumber { get; set; }

    public BilingualInput SequenceTerm { get; set; } = new();

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public BilingualInput Place { get; set; } = new();

    public MeetingFormat? Format { get; set; }

    public int? OrganiserId { get; set; }

    public PublicationStatus Status { get; set; }

    public Visibility Visibility { get; set; }

    /// <summary>Always one per language, in the order Chinese, English; <c>Present</c> says
    /// whether the version exists.</summary>
    public List<MeetingTextInput> Texts { get; set; } = [MeetingTextInput.Empty(Language.Zh), MeetingTextInput.Empty(Language.En)];

    public List<ParticipantInput> Participants { get; set; } = [];

    /// <summary>The guiding documents cited, in the order the record lists them.</summary>
    public List<int> CitedDocumentIds { get; set; } = [];

    public List<int> ThemeIds { get; set; } = [];

    public MeetingTextInput Text(Language language) => Texts.First(t => t.Language == language);

    /// <summary>A new seminar: held and first recorded in Chinese, so that version is open.</summary>
    public static MeetingInput New()
    {
        var input = new MeetingInput();
        input.Text(Language.Zh).Present = true;
        return input;
    }
}

public sealed class MeetingTextInput
{
    public Language Language { get; set; }

    public bool Present { get; set; }

    public string Title { get; set; } = "";

    public string? StatedTheme { get; set; }

    public string? Summary { get; set; }

    public string? MinutesMarkdown { get; set; }

    public TextProvenance Provenance { get; set; }

    public string? TranslatedBy { get; set; }

    public static MeetingTextInput Empty(Language language) => new()
    {
        Language = language,
        Provenance = language == Language.Zh ? TextProvenance.Original : TextProvenance.Translation,
    };
}

/// <summary>One participant: a person (optionally for an organisation), an organisation on its
/// own, or a named group.</summary>
public sealed class ParticipantInput
{
    /// <summary>Keeps a row's identity in the list while it is reordered.</summary>
    public Guid Key { get; set; } = Guid.NewGuid();

    /// <summary>The saved participation, if any.</summary>
    public int? Id { get; set; }

    public ParticipantRole Role { get; set; }

    public int? PersonId { get; set; }

    public int? OrganisationId { get; set; }

    public int? GroupId { get; set; }

    public BilingualInput Position { get; set; } = new();
}
