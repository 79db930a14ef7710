using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Citations;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>One meeting as the API gives it: the meeting page's record, with a citation for each
/// speech in both languages.</summary>
public sealed record ApiMeeting(
    string Slug,
    MeetingKind Kind,
    RecordLink? Series,
    int? SequenceNumber,
    Bilingual SequenceTerm,
    DateOnly StartDate,
    DateOnly? EndDate,
    Bilingual Place,
    MeetingFormat? Format,
    RecordLink? Organiser,
    bool IsSample,
    Visibility Visibility,
    IReadOnlyList<MeetingTextVersion> Texts,
    IReadOnlyList<CitedDocumentItem> CitedDocuments,
    IReadOnlyList<RecordLink> Themes,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<ApiSpeech> Speeches)
{
    public static ApiMeeting From(MeetingRecord m, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(m);
        var zhRoot = PortalAddress.LanguageRoot(request, Language.Zh);
        var enRoot = PortalAddress.LanguageRoot(request, Language.En);
        return new ApiMeeting(
            m.Slug, m.Kind, m.Series, m.SequenceNumber, m.SequenceTerm, m.StartDate, m.EndDate, m.Place, m.Format,
            m.Organiser, m.IsSample, m.Visibility, m.Texts, m.CitedDocuments, m.Themes, m.Participants,
            m.Speeches
                .Select(s =>
                {
                    var source = m.SourceOf(s);
                    return new ApiSpeech(
                        s.Anchor, s.Kind, s.Person, s.Honorific, s.Organisation, s.Texts, s.Themes,
                        new ApiCitation(Citation.Of(source, Language.Zh, zhRoot).Text, Citation.Of(source, Language.En, enRoot).Text));
                })
                .ToList());
    }
}
