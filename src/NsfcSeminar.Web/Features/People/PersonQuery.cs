using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Speeches;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.People;

/// <summary>A person's page: every appearance and speech, newest first, in four SQL commands;
/// null for someone this reader may not know of (ADR-013).</summary>
internal sealed class PersonQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<PersonRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().VisibleTo(access, db)
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.Honorific })
            .FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }

        var visible = db.Meetings.AsNoTracking().VisibleTo(access);
        var meetings = await visible
            .Where(m => m.Participations.Any(p => p.PersonId == person.Id))
            .ToSummariesAsync(ct);
        var roles = await db.Participations.AsNoTracking()
            .Where(p => p.PersonId == person.Id && visible.Any(m => m.Id == p.MeetingId))
            .OrderBy(p => p.SortOrder)
            .Select(p => new
            {
                MeetingSlug = p.Meeting.Slug,
                p.Role,
                p.Position,
                Organisation = p.Organisation == null ? null : new RecordLink(p.Organisation.Slug, p.Organisation.Name),
            })
            .ToListAsync(ct);
        var speeches = await db.Speeches.AsNoTracking()
            .Where(s => s.SpeakerPersonId == person.Id && visible.Any(m => m.Id == s.MeetingId))
            .ToListingsAsync(ct);

        var appearances = meetings
            .SelectMany(meeting => roles
                .Where(r => r.MeetingSlug == meeting.Slug)
                .Select(r => new PersonAppearance(meeting, r.Role, r.Position, r.Organisation)))
            .ToList();
        return new PersonRecord(person.Slug, person.Name, person.Honorific, appearances, speeches);
    }
}
