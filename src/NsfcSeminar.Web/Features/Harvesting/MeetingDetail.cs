using System.Linq.Expressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The columns Dublin Core needs for a meeting.</summary>
internal sealed record MeetingDetail(
    int Id, MeetingKind Kind, DateOnly StartDate, DateOnly? EndDate, NameRow Place, NameRow? Organiser,
    List<TextRow> Texts, List<NameRow> Themes, List<SpeakerRow> Speakers, List<SourceRow> Sources)
{
    public static readonly Expression<Func<Meeting, MeetingDetail>> Projection = m => new MeetingDetail(
        m.Id, m.Kind, m.StartDate, m.EndDate, new NameRow(m.Place.En, m.Place.Zh),
        m.Organiser == null ? null : new NameRow(m.Organiser.Name.En, m.Organiser.Name.Zh),
        m.Texts.Select(t => new TextRow(t.Language, t.Title, t.Summary)).ToList(),
        m.Themes.OrderBy(t => t.SortOrder).Select(t => new NameRow(t.Name.En, t.Name.Zh)).ToList(),
        m.Speeches.OrderBy(s => s.SortOrder).Select(s => new SpeakerRow(
            s.SpeakerPerson!.Name.En, s.SpeakerPerson.Name.Zh, s.SpeakerOrganisation!.Name.En, s.SpeakerOrganisation.Name.Zh)).ToList(),
        m.Sources.Where(x => x.SpeechId == null).OrderBy(x => x.SortOrder).Select(x => new SourceRow(x.Address, x.Title.En, x.Title.Zh)).ToList());
}
