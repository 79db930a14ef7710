using System.Linq.Expressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The columns Dublin Core needs for a speech.</summary>
internal sealed record SpeechDetail(
    int Id, SpeechKind Kind, DateOnly MeetingDate, SpeakerRow Speaker, List<TextRow> Texts, List<NameRow> Themes, List<SourceRow> Sources)
{
    public static readonly Expression<Func<Speech, SpeechDetail>> Projection = s => new SpeechDetail(
        s.Id, s.Kind, s.Meeting.StartDate,
        new SpeakerRow(s.SpeakerPerson!.Name.En, s.SpeakerPerson.Name.Zh, s.SpeakerOrganisation!.Name.En, s.SpeakerOrganisation.Name.Zh),
        s.Texts.Select(t => new TextRow(t.Language, t.Title, t.Summary)).ToList(),
        s.Themes.OrderBy(t => t.SortOrder).Select(t => new NameRow(t.Name.En, t.Name.Zh)).ToList(),
        s.Meeting.Sources.Where(x => x.SpeechId == s.Id).OrderBy(x => x.SortOrder).Select(x => new SourceRow(x.Address, x.Title.En, x.Title.Zh)).ToList());
}
