using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>The sessions and sources of a meeting whose visibility <see cref="MeetingRecordQuery"/>
/// has already checked: two SQL commands. Archived copies come without their bytes.</summary>
internal static class MeetingSourcesQuery
{
    public static async Task<(IReadOnlyList<SessionItem> Sessions, IReadOnlyList<SourceItem> Sources)> ReadAsync(
        SeminarDbContext db, int meetingId, CancellationToken ct)
    {
        var sessions = await db.MeetingSessions
            .AsNoTracking()
            .Where(s => s.MeetingId == meetingId)
            .OrderBy(s => s.SortOrder)
            .Select(s => new SessionItem(
                s.Anchor,
                s.Date,
                new Bilingual { En = s.Title.En, Zh = s.Title.Zh },
                s.ChairPerson == null ? null : new RecordLink(s.ChairPerson.Slug, new Bilingual { En = s.ChairPerson.Name.En, Zh = s.ChairPerson.Name.Zh })))
            .ToListAsync(ct);
        var sources = await db.Sources
            .AsNoTracking()
            .Where(s => s.MeetingId == meetingId)
            .OrderBy(s => s.SortOrder)
            .Select(s => new SourceItem(
                s.Speech == null ? null : s.Speech.Anchor,
                s.Address,
                new Bilingual { En = s.Title.En, Zh = s.Title.Zh },
                new Bilingual { En = s.Publisher.En, Zh = s.Publisher.Zh },
                s.PublishedOn,
                s.RetrievedOn,
                s.Language,
                s.Copies.OrderBy(c => c.Id).Select(c => new CopyItem(c.Sha256, c.FileName, c.ContentType, c.Size)).ToList()))
            .AsSingleQuery()
            .ToListAsync(ct);
        return (sessions, sources);
    }
}
