using System.Linq.Expressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Harvesting;

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
