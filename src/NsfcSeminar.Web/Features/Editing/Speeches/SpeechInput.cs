using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>What the speech form edits; mapped explicitly onto the entity by
/// <see cref="SpeechInputMapping"/>.</summary>
public sealed class SpeechInput : IEditInput
{
    public int? Id { get; set; }

    public uint Version { get; set; }

    public int MeetingId { get; set; }

    public string Anchor { get; set; } = "";

    public SpeechKind Kind { get; set; } = SpeechKind.Report;

    public int? SpeakerPersonId { get; set; }

    public int? SpeakerOrganisationId { get; set; }

    /// <summary>A named group that spoke ("the candidates of the fund").</summary>
    public int? SpeakerGroupId { get; set; }

    /// <summary>An unnamed speaker in the sources' words ("a professor of Peking University").</summary>
    public BilingualInput SpeakerDescription { get; set; } = new();

    /// <summary>Always one per language, Chinese first.</summary>
    public List<SpeechTextInput> Texts { get; set; } = [SpeechTextInput.Empty(Language.Zh), SpeechTextInput.Empty(Language.En)];

    public List<int> ThemeIds { get; set; } = [];

    public SpeechTextInput Text(Language language) => Texts.First(t => t.Language == language);

    /// <summary>A new speech of a seminar, its Chinese version open.</summary>
    public static SpeechInput New(int meetingId)
    {
        var input = new SpeechInput { MeetingId = meetingId };
        input.Text(Language.Zh).Present = true;
        return input;
    }
}

public sealed class SpeechTextInput
{
    public Language Language { get; set; }

    public bool Present { get; set; }

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string BodyMarkdown { get; set; } = "";

    public TextProvenance Provenance { get; set; }

    public string? TranslatedBy { get; set; }

    public static SpeechTextInput Empty(Language language) => new()
    {
        Language = language,
        Provenance = language == Language.Zh ? TextProvenance.Original : TextProvenance.Translation,
    };
}
