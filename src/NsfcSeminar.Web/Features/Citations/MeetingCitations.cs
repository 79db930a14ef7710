using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Citations;

internal static class MeetingCitations
{
    /// <summary>What a speech on a loaded meeting record is cited by.</summary>
    public static CitationSource SourceOf(this MeetingRecord meeting, SpeechItem speech)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(speech);
        return new CitationSource(
            speech.Person?.Name,
            speech.Organisation?.Name,
            BilingualOf(speech.Texts.Select(t => (t.Language, t.Title))),
            BilingualOf(meeting.Texts.Select(t => (t.Language, t.Title))),
            meeting.StartDate,
            meeting.Slug,
            speech.Anchor,
            speech.SpeakerGroup ?? (speech.SpeakerDescription.IsEmpty ? null : speech.SpeakerDescription));
    }

    private static Bilingual BilingualOf(IEnumerable<(Language Language, string Title)> titles)
    {
        var list = titles.ToList();
        return new Bilingual
        {
            Zh = list.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
            En = list.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
        };
    }
}
