using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The archive's list of meetings, newest first.</summary>
internal sealed class MeetingListQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public const int PageSize = 20;

    public async Task<MeetingListResult> LoadAsync(MeetingListFilter filter, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Meetings.AsNoTracking().VisibleTo(access);

        var matching = visible;
        if (filter.Year is { } year)
        {
            // A range, not date_part(), so the start_date index serves it.
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            matching = matching.Where(m => m.StartDate >= from && m.StartDate < to);
        }

        if (!string.IsNullOrEmpty(filter.Series))
        {
            matching = matching.Where(m => m.Series != null && m.Series.Slug == filter.Series);
        }

        var total = await matching.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var meetings = await matching
            .OrderByDescending(m => m.StartDate)
            .ThenBy(m => m.Slug)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(MeetingSummaries.Projection)
            .ToListAsync(ct);

        var years = await visible
            .Select(m => m.StartDate.Year)
            .Distinct()
            .OrderByDescending(y => y)
            .ToListAsync(ct);
        var series = await db.MeetingSeries.VisibleTo(access, db)
            .OrderBy(s => s.Slug)
            .Select(s => new RecordLink(s.Slug, s.Name))
            .ToListAsync(ct);

        return new MeetingListResult(meetings, page, pageCount, total, years, series);
    }
}
