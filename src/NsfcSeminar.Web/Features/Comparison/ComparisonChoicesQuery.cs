using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>The seminars a meeting page offers to compare with: the nearest in date the reader
/// may see, up to <see cref="EachSide"/> before and as many after, oldest first. A list of the
/// whole archive would put thousands of options on every meeting page; the seminar before and
/// after in a series, the usual comparison, are among the nearest. One SQL command.</summary>
internal sealed class ComparisonChoicesQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public const int EachSide = 25;

    public async Task<IReadOnlyList<MeetingSummary>> LoadAsync(string slug, DateOnly date, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Database.UsePreparedStatements();
        var others = db.Meetings.AsNoTracking().VisibleTo(access).Where(m => m.Slug != slug);
        var earlier = others.Where(m => m.StartDate <= date).OrderByDescending(m => m.StartDate).ThenBy(m => m.Slug).Take(EachSide).Select(m => m.Id);
        var later = others.Where(m => m.StartDate > date).OrderBy(m => m.StartDate).ThenBy(m => m.Slug).Take(EachSide).Select(m => m.Id);
        var nearest = earlier.Concat(later);
        return await others
            .Where(m => nearest.Contains(m.Id))
            .OrderBy(m => m.StartDate).ThenBy(m => m.Slug)
            .Select(MeetingSummaries.Projection)
            .ToListAsync(ct);
    }
}
