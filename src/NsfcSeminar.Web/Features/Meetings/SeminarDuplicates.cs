using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>
/// Finds archived seminars that a new one probably repeats: the same date, series and number,
/// or the same title in either language (compared without case and surrounding spaces). Two
/// commands for any number of candidates. A match is a warning for an editor, never a merge.
/// </summary>
internal static class SeminarDuplicates
{
    public static async Task<List<PossibleDuplicate>> FindAsync(SeminarDbContext db, IReadOnlyCollection<SeminarCandidate> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var dates = candidates.Select(c => c.StartDate).Distinct().ToList();
        var numbered = await db.Meetings.AsNoTracking()
            .Where(m => dates.Contains(m.StartDate) && m.SeriesId != null && m.SequenceNumber != null)
            .Select(m => new { m.Slug, m.StartDate, m.SeriesId, m.SequenceNumber })
            .ToListAsync(ct);
        var titles = candidates.SelectMany(c => c.Titles).Select(Key).Distinct().ToList();
        // ToLower() runs in PostgreSQL as lower(); EF does not translate the culture overloads.
#pragma warning disable CA1304, CA1311
        var titled = await db.MeetingTexts.AsNoTracking()
            .Where(t => titles.Contains(t.Title.Trim().ToLower()))
            .Select(t => new { Key = t.Title.Trim().ToLower(), Slug = db.Meetings.Where(m => m.Id == t.MeetingId).Select(m => m.Slug).First() })
            .ToListAsync(ct);
#pragma warning restore CA1304, CA1311

        var found = new List<PossibleDuplicate>();
        foreach (var candidate in candidates)
        {
            found.AddRange(numbered
                .Where(m => m.Slug != candidate.Slug && m.StartDate == candidate.StartDate && candidate.SeriesId is not null
                    && m.SeriesId == candidate.SeriesId && m.SequenceNumber == candidate.SequenceNumber)
                .Select(m => new PossibleDuplicate(candidate.Slug, m.Slug, DuplicateReason.SameDateSeriesAndNumber)));
            var keys = candidate.Titles.Select(Key).ToHashSet(StringComparer.Ordinal);
            found.AddRange(titled
                .Where(t => t.Slug != candidate.Slug && keys.Contains(t.Key))
                .Select(t => t.Slug).Distinct(StringComparer.Ordinal)
                .Where(slug => found.All(f => f.CandidateSlug != candidate.Slug || f.ArchivedSlug != slug))
                .Select(slug => new PossibleDuplicate(candidate.Slug, slug, DuplicateReason.SameTitle)));
        }

        return found;
    }

    private static string Key(string title) => title.Trim().ToLowerInvariant();
}
