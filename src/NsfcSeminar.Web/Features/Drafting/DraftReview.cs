using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// The review form's input model: the proposal's fields, bound from the posted form and mapped
/// explicitly onto a <see cref="DraftSeminar"/>. Blank rows at the end of each list let the
/// editor add a participant or a speech the proposer missed.
/// </summary>
public sealed class DraftReview
{
    public const int BlankRows = 2;

    public Language SourceLanguage { get; set; }

    public string? TitleEn { get; set; }

    public string? TitleZh { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? PlaceEn { get; set; }

    public string? PlaceZh { get; set; }

    public MeetingKind Kind { get; set; }

    public MeetingFormat? Format { get; set; }

    public string? SeriesSlug { get; set; }

    public int? SequenceNumber { get; set; }

    public string? StatedTheme { get; set; }

    public string? ReleaseText { get; set; }

    public List<DraftParticipant> Participants { get; set; } = [];

    public List<DraftSpeech> Speeches { get; set; } = [];

    public List<DraftTheme> Themes { get; set; } = [];

    public static DraftReview From(DraftSeminar draft) => new()
    {
        SourceLanguage = draft.SourceLanguage,
        TitleEn = draft.TitleEn,
        TitleZh = draft.TitleZh,
        StartDate = draft.StartDate,
        EndDate = draft.EndDate,
        PlaceEn = draft.PlaceEn,
        PlaceZh = draft.PlaceZh,
        Kind = draft.Kind,
        Format = draft.Format,
        SeriesSlug = draft.SeriesSlug,
        SequenceNumber = draft.SequenceNumber,
        StatedTheme = draft.StatedTheme,
        ReleaseText = draft.ReleaseText,
        Participants = [.. draft.Participants, .. Enumerable.Range(0, BlankRows).Select(_ => new DraftParticipant { Role = ParticipantRole.Attendee })],
        Speeches = [.. draft.Speeches, .. Enumerable.Range(0, BlankRows).Select(_ => new DraftSpeech { Kind = SpeechKind.Report })],
        Themes = [.. draft.Themes],
    };

    public DraftSeminar ToDraft()
    {
        var draft = new DraftSeminar
        {
            SourceLanguage = SourceLanguage,
            TitleEn = TitleEn,
            TitleZh = TitleZh,
            StartDate = StartDate,
            EndDate = EndDate,
            PlaceEn = PlaceEn,
            PlaceZh = PlaceZh,
            Kind = Kind,
            Format = Format,
            SeriesSlug = string.IsNullOrWhiteSpace(SeriesSlug) ? null : SeriesSlug,
            SequenceNumber = SequenceNumber,
            StatedTheme = StatedTheme,
            ReleaseText = ReleaseText,
        };

        // A blank slug means "create a new record"; a blank row the editor did not fill is dropped.
        foreach (var participant in Participants.Where(p => !p.LeaveOut && !string.IsNullOrWhiteSpace(p.Name)))
        {
            participant.MatchedSlug = DraftSaver.Trimmed(participant.MatchedSlug);
            participant.OrganisationSlug = DraftSaver.Trimmed(participant.OrganisationSlug);
            draft.Participants.Add(participant);
        }

        foreach (var speech in Speeches.Where(s => !s.LeaveOut && !s.IsBlank))
        {
            speech.SpeakerSlug = DraftSaver.Trimmed(speech.SpeakerSlug);
            draft.Speeches.Add(speech);
        }

        draft.Themes.AddRange(Themes.Where(t => t.Selected && t.Slug.Length > 0));
        return draft;
    }
}
