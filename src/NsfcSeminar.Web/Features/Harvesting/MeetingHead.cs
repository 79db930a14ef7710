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
