using System.Linq.Expressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The columns a header needs, projected in SQL.</summary>
internal sealed record MeetingHead(
    int Id, string Slug, DateTimeOffset UpdatedAt, DateTimeOffset? SpeechesUpdatedAt, string? SeriesSlug, List<string> Themes, List<string> SpeechThemes)
{
    public static readonly Expression<Func<Meeting, MeetingHead>> Projection = m => new MeetingHead(
        m.Id, m.Slug, m.UpdatedAt, m.Speeches.Max(s => (DateTimeOffset?)s.UpdatedAt), m.Series == null ? null : m.Series.Slug,
        m.Themes.Select(t => t.Slug).ToList(), m.Speeches.SelectMany(s => s.Themes).Select(t => t.Slug).ToList());

    public OaiHeader ToHeader() => new(
        OaiIdentifier.ForMeeting(Slug),
        SpeechesUpdatedAt > UpdatedAt ? SpeechesUpdatedAt.Value : UpdatedAt,
        OaiSets.Specs(SeriesSlug, Themes.Concat(SpeechThemes)));
}

internal sealed record SpeechHead(
    int Id, string MeetingSlug, string Anchor, DateTimeOffset UpdatedAt, DateTimeOffset MeetingUpdatedAt, string? SeriesSlug, List<string> Themes)
{
    public static readonly Expression<Func<Speech, SpeechHead>> Projection = s => new SpeechHead(
        s.Id, s.Meeting.Slug, s.Anchor, s.UpdatedAt, s.Meeting.UpdatedAt, s.Meeting.Series == null ? null : s.Meeting.Series.Slug,
        s.Themes.Select(t => t.Slug).ToList());

    public OaiHeader ToHeader() => new(
        OaiIdentifier.ForSpeech(MeetingSlug, Anchor),
        MeetingUpdatedAt > UpdatedAt ? MeetingUpdatedAt : UpdatedAt,
        OaiSets.Specs(SeriesSlug, Themes));
}

internal sealed record TextRow(Language Language, string Title, string? Summary);

internal sealed record NameRow(string? En, string? Zh);

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

/// <summary>A source as <c>dc:source</c> names it: by its address, or by its title where it has
/// none.</summary>
internal sealed record SourceRow(string? Address, string? TitleEn, string? TitleZh)
{
    public string Reference => Address ?? TitleEn ?? TitleZh ?? "";
}

/// <summary>A speech is given by a person, a unit ("the Planning and Policy Bureau reported"),
/// or a person for a unit; the creator is the person when there is one.</summary>
internal sealed record SpeakerRow(string? PersonEn, string? PersonZh, string? UnitEn, string? UnitZh)
{
    public NameRow? Creator => PersonEn is not null || PersonZh is not null
        ? new NameRow(PersonEn, PersonZh)
        : UnitEn is not null || UnitZh is not null ? new NameRow(UnitEn, UnitZh) : null;
}
