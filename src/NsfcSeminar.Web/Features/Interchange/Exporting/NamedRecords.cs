using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Interchange.Exporting;

/// <summary>The ids of the records that the exported seminars name, so that a public export
/// names no one who appears only in a draft or a staff-only seminar. Organisations bring their
/// parents, which their records name.</summary>
internal sealed record NamedRecords(HashSet<int> People, HashSet<int> Organisations, HashSet<int> Groups, HashSet<int> Series, HashSet<int> Documents)
{
    public static async Task<NamedRecords> FindAsync(SeminarDbContext db, IQueryable<Meeting> meetings, CancellationToken ct)
    {
        var participations = db.Participations.Where(p => meetings.Any(m => m.Id == p.MeetingId));
        var speeches = db.Speeches.Where(s => meetings.Any(m => m.Id == s.MeetingId));

        var people = await Ids(participations.Select(p => p.PersonId).Union(speeches.Select(s => s.SpeakerPersonId)), ct);
        var organisations = await Ids(participations.Select(p => p.OrganisationId)
            .Union(speeches.Select(s => s.SpeakerOrganisationId))
            .Union(meetings.Select(m => m.OrganiserId)), ct);
        var groups = await Ids(participations.Select(p => p.GroupId), ct);
        var series = await Ids(meetings.Select(m => m.SeriesId), ct);
        var documents = await Ids(db.MeetingCitations.Where(c => meetings.Any(m => m.Id == c.MeetingId)).Select(c => (int?)c.DocumentId), ct);

        var parents = await db.Organisations.Where(o => o.ParentId != null).ToDictionaryAsync(o => o.Id, o => o.ParentId!.Value, ct);
        foreach (var id in organisations.ToList())
        {
            for (var at = id; parents.TryGetValue(at, out var parent) && organisations.Add(parent); at = parent)
            {
            }
        }

        return new NamedRecords(people, organisations, groups, series, documents);
    }

    private static async Task<HashSet<int>> Ids(IQueryable<int?> ids, CancellationToken ct) =>
        [.. await ids.Where(id => id != null).Select(id => id!.Value).Distinct().ToListAsync(ct)];
}
