using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

internal static class MeetingSummaries
{
    /// <summary>One row per meeting: the titles and the speech count are subqueries, not
    /// collections, so a list is a single SQL command.</summary>
    public static readonly Expression<Func<Meeting, MeetingSummary>> Projection = m => new MeetingSummary(
        m.Slug,
        new Bilingual
        {
            Zh = m.Texts.Where(t => t.Language == Language.Zh).Select(t => t.Title).FirstOrDefault(),
            En = m.Texts.Where(t => t.Language == Language.En).Select(t => t.Title).FirstOrDefault(),
        },
        m.StartDate,
        m.EndDate,
        m.Series == null ? null : new RecordLink(m.Series.Slug, m.Series.Name),
        m.SequenceNumber,
        m.Place,
        m.IsSample,
        m.Speeches.Count);

    /// <summary>Newest first, then by slug so that pages never reshuffle rows of the same day.</summary>
    public static Task<List<MeetingSummary>> ToSummariesAsync(this IQueryable<Meeting> meetings, CancellationToken ct, int? limit = null)
    {
        var ordered = meetings.OrderByDescending(m => m.StartDate).ThenBy(m => m.Slug);
        return (limit is { } n ? ordered.Take(n) : ordered).Select(Projection).ToListAsync(ct);
    }
}
