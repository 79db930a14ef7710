using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Home;

public sealed record ArchiveOverview(
    int MeetingCount,
    int SpeechCount,
    int PersonCount,
    int OrganisationCount,
    IReadOnlyList<MeetingSummary> Latest);

/// <summary>What the archive holds, for the home page; five SQL commands.</summary>
internal sealed class ArchiveOverviewQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public const int LatestCount = 5;

    public async Task<ArchiveOverview> LoadAsync(ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Meetings.AsNoTracking().VisibleTo(access);

        var meetingCount = await visible.CountAsync(ct);
        var speechCount = await db.Speeches.CountAsync(s => visible.Any(m => m.Id == s.MeetingId), ct);
        var personCount = await db.People.VisibleTo(access, db).CountAsync(ct);
        var organisationCount = await db.Organisations.VisibleTo(access, db).CountAsync(ct);
        var latest = await visible.ToSummariesAsync(ct, limit: LatestCount);
        return new ArchiveOverview(meetingCount, speechCount, personCount, organisationCount, latest);
    }
}
