using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Speeches;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Organisations;

/// <summary>An organisation's page in five SQL commands, whatever its history; null for one
/// this reader may not know of, and its parent and units only as far as the reader may (ADR-013).</summary>
internal sealed class OrganisationQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<OrganisationRecord?> FindAsync(string slug, ReaderAccess access, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = db.Organisations.AsNoTracking().VisibleTo(access, db);
        var organisation = await known
            .Where(o => o.Slug == slug)
            .Select(o => new
            {
                o.Id,
                o.Slug,
                o.Name,
                o.ShortName,
                o.Kind,
                Parent = known.Where(p => p.Id == o.ParentId).Select(p => new RecordLink(p.Slug, p.Name)).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return null;
        }

        var children = await known
            .Where(o => o.ParentId == organisation.Id)
            .OrderBy(o => o.Slug)
            .Select(o => new RecordLink(o.Slug, o.Name))
            .ToListAsync(ct);
        var visible = db.Meetings.AsNoTracking().VisibleTo(access);
        var meetings = await visible
            .Where(m => m.Participations.Any(p => p.OrganisationId == organisation.Id))
            .ToSummariesAsync(ct);
        var roles = await db.Participations.AsNoTracking()
            .Where(p => p.OrganisationId == organisation.Id && visible.Any(m => m.Id == p.MeetingId))
            .OrderBy(p => p.SortOrder)
            .Select(p => new
            {
                MeetingSlug = p.Meeting.Slug,
                p.Role,
                Person = p.Person == null ? null : new RecordLink(p.Person.Slug, p.Person.Name),
                GroupName = p.Group == null ? null : p.Group.Name,
                p.Position,
            })
            .ToListAsync(ct);
        var speeches = await db.Speeches.AsNoTracking()
            .Where(s => s.SpeakerOrganisationId == organisation.Id && visible.Any(m => m.Id == s.MeetingId))
            .ToListingsAsync(ct);

        var appearances = meetings
            .SelectMany(meeting => roles
                .Where(r => r.MeetingSlug == meeting.Slug)
                .Select(r => new OrganisationAppearance(meeting, r.Role, r.Person, r.GroupName, r.Position)))
            .ToList();
        return new OrganisationRecord(
            organisation.Slug, organisation.Name, organisation.ShortName, organisation.Kind, organisation.Parent, children, appearances, speeches);
    }
}
