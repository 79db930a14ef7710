using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>The entry dates of records found elsewhere (a search), by meeting slug and speech
/// anchor (none for the seminar itself). Two SQL commands, whatever the number of records.</summary>
internal sealed class FeedEntryDatesQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyDictionary<(string Slug, string? Anchor), EntryDates>> LoadAsync(
        IReadOnlyCollection<(string Slug, string? Anchor)> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var slugs = records.Select(r => r.Slug).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => slugs.Contains(m.Slug))
            .Select(m => new { m.Slug, m.PublishedAt, m.CreatedAt, m.UpdatedAt })
            .ToListAsync(ct);
        var speeches = await db.Speeches.AsNoTracking()
            .Where(s => slugs.Contains(s.Meeting.Slug))
            .Select(s => new { s.Meeting.Slug, s.Anchor, s.Meeting.PublishedAt, s.CreatedAt, s.UpdatedAt })
            .ToListAsync(ct);

        var dates = new Dictionary<(string, string?), EntryDates>();
        foreach (var m in meetings)
        {
            dates[(m.Slug, null)] = EntryDates.Of(m.PublishedAt, m.CreatedAt, m.UpdatedAt);
        }

        foreach (var s in speeches)
        {
            dates[(s.Slug, s.Anchor)] = EntryDates.Of(s.PublishedAt, s.CreatedAt, s.UpdatedAt);
        }

        return dates;
    }
}
