using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Feeds;
using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>
/// What newly matches a saved search: records new or changed in a window of time (by the feeds'
/// entry dates: when a record entered the archive or last changed) that the search finds. This is
/// the alerts' one call into search, kept here so that a change in the search's internals
/// changes one class: it runs the saved query through <see cref="SpeechSearch"/> as an anonymous
/// reader would, and keeps the matches among the records changed in the window.
/// </summary>
internal sealed class NewMatches(IDbContextFactory<SeminarDbContext> dbFactory, SpeechSearch search, FeedEntryDatesQuery entryDates)
{
    /// <summary>The most matches read from a search for one digest; the search stops early once
    /// every record changed in the window has been seen.</summary>
    private const int MostMatchesRead = 50_000;

    /// <summary>The search's matches among records changed after <paramref name="since"/> and up
    /// to <paramref name="through"/>, newest change first.</summary>
    public async Task<IReadOnlyList<NewMatch>> FindAsync(string query, DateTimeOffset since, DateTimeOffset through, CancellationToken ct)
    {
        var changed = await ChangedAsync(since, through, ct);
        if (changed.Count == 0)
        {
            return [];
        }

        var request = SavedQuery.Parse(query) with { Sort = SearchSort.Date };
        var found = new List<NewMatch>();
        await foreach (var (row, _, _) in search.StreamAsync(request, ReaderAccess.Anonymous, MostMatchesRead, ct))
        {
            if (changed.TryGetValue((row.MeetingSlug, row.Anchor), out var dates))
            {
                found.Add(new NewMatch(row, IsNew: dates.Published > since, dates.Updated));
                if (found.Count == changed.Count)
                {
                    break;
                }
            }
        }

        return [.. found.OrderByDescending(m => m.ChangedAt)];
    }

    /// <summary>Records of published public seminars whose entry dates fall in the window.</summary>
    private async Task<Dictionary<(string Slug, string? Anchor), EntryDates>> ChangedAsync(DateTimeOffset since, DateTimeOffset through, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meetings = db.Meetings.VisibleTo(ReaderAccess.Anonymous);
        var slugs = await meetings
            .Where(m => m.UpdatedAt > since || m.PublishedAt > since
                || db.Speeches.Any(s => s.MeetingId == m.Id && s.UpdatedAt > since))
            .Select(m => m.Slug)
            .ToListAsync(ct);
        var dates = await entryDates.LoadAsync([.. slugs.Select(s => (s, (string?)null))], ct);
        return dates
            .Where(d => d.Value.Updated > since && d.Value.Updated <= through)
            .ToDictionary(d => d.Key, d => d.Value);
    }
}
