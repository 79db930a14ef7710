using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// A proposed seminar: what the proposer read from a release, and then what the editor corrected
/// on the review form. Mutable because the form edits it in place; nothing here is saved until
/// the editor confirms (see <see cref="DraftSaver"/>).
/// </summary>
public sealed class DraftSeminar
{
    public Language SourceLanguage { get; set; }

    public string? TitleEn { get; set; }

    public string? TitleZh { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? PlaceEn { get; set; }

    public string? PlaceZh { get; set; }

    public MeetingKind Kind { get; set; } = MeetingKind.Seminar;

    public MeetingFormat? Format { get; set; }

    public string? SeriesSlug { get; set; }

    public int? SequenceNumber { get; set; }

    /// <summary>The sentence that frames the discussion, in the release's language.</summary>
    public string? StatedTheme { get; set; }

    /// <summary>The release as the editor pasted it, kept as the seminar's source.</summary>
    public string? ReleaseText { get; set; }

    public List<DraftParticipant> Participants { get; } = [];

    public List<DraftSpeech> Speeches { get; } = [];

    public List<DraftTheme> Themes { get; } = [];

    /// <summary>What the proposer could not find or was unsure of, in plain words.</summary>
    public List<DraftWarning> Warnings { get; } = [];

    public IEnumerable<DraftParticipant> WithRole(ParticipantRole role) => Participants.Where(p => p.Role == role);
}

public enum DraftParticipantKind
{
    Person,
    Organisation,
    Group,
}

/// <summary>Someone or something named in the release; <see cref="MatchedSlug"/> names the
/// existing record it was matched to, or is null for a record the editor would create.</summary>
public sealed class DraftParticipant
{
    /// <summary>Ticked by the editor to leave this participant out. (A box that is ticked to act:
    /// a browser sends nothing for an unticked box, so the default must be false.)</summary>
    public bool LeaveOut { get; set; }

    public ParticipantRole Role { get; set; }

    public DraftParticipantKind Kind { get; set; }

    public string? NameEn { get; set; }

    public string? NameZh { get; set; }

    public string? MatchedSlug { get; set; }

    public string? HonorificEn { get; set; }

    public string? HonorificZh { get; set; }

    public string? PositionEn { get; set; }

    public string? PositionZh { get; set; }

    /// <summary>The organisation the person represented, or the group belongs to, as named.</summary>
    public string? OrganisationName { get; set; }

    public string? OrganisationSlug { get; set; }

    public string Name => NameEn ?? NameZh ?? "";
}

/// <summary>A proposed speech. Its speaker is a person or a unit ("the Planning and Policy
/// Bureau reported on ...").</summary>
public sealed class DraftSpeech
{
    /// <summary>Ticked by the editor to leave this speech out.</summary>
    public bool LeaveOut { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(SpeakerName) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary);

    public SpeechKind Kind { get; set; }

    public DraftParticipantKind SpeakerKind { get; set; }

    public string? SpeakerName { get; set; }

    public string? SpeakerSlug { get; set; }

    public string? Title { get; set; }

    /// <summary>Taken from the release's paragraph about the speech.</summary>
    public string? Summary { get; set; }
}

/// <summary>A candidate theme, with the sentence that suggested it; the editor keeps or drops it.</summary>
public sealed class DraftTheme
{
    public string Slug { get; set; } = "";

    public string? NameEn { get; set; }

    public string? NameZh { get; set; }

    /// <summary>Both names, the workspace's language first, as its pickers name a theme: a
    /// Chinese-speaking editor reviewing an English release reads 基础研究 · Basic research.</summary>
    public string Label => new LookupItem(0, Slug, Bilingual.Of(NameEn, NameZh)).Label;

    public string Evidence { get; set; } = "";

    /// <summary>False unless ticked: the proposer ticks its candidates, the form posts the ticks.</summary>
    public bool Selected { get; set; }
}
