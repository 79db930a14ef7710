using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>Loads the pick lists of the editing forms: six small queries, whatever the form.</summary>
internal sealed class LookupQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<EditingLookups> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var positions = await LastPositionsAsync(db, ct);
        var people = (await db.People.AsNoTracking().OrderBy(p => p.Name.En).ThenBy(p => p.Slug)
            .Select(p => new LookupItem(p.Id, p.Slug, p.Name, p.Honorific, null)).ToListAsync(ct))
            .Select(p => p with { Detail = positions.GetValueOrDefault(p.Id) }).ToList();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name.En).ThenBy(o => o.Slug)
            .Select(o => new LookupItem(o.Id, o.Slug, o.Name)).ToListAsync(ct);
        var groups = await db.AttendeeGroups.AsNoTracking().OrderBy(g => g.Name.En).ThenBy(g => g.Slug)
            .Select(g => new LookupItem(g.Id, g.Slug, g.Name)).ToListAsync(ct);
        var series = await db.MeetingSeries.AsNoTracking().OrderBy(s => s.Name.En).ThenBy(s => s.Slug)
            .Select(s => new LookupItem(s.Id, s.Slug, s.Name)).ToListAsync(ct);
        var documents = await db.CitedDocuments.AsNoTracking().OrderBy(d => d.Title.En).ThenBy(d => d.Slug)
            .Select(d => new LookupItem(d.Id, d.Slug, d.Title)).ToListAsync(ct);
        var themes = await db.ReformThemes.AsNoTracking()
            .Select(t => new ThemeRow(t.Id, t.Slug, t.Name, t.ParentId, t.SortOrder)).ToListAsync(ct);
        return new EditingLookups(people, organisations, groups, series, documents, Flatten(themes));
    }

    /// <summary>Each person's position at the latest seminar that records one: what tells two
    /// people of one name apart in a picker.</summary>
    private static async Task<Dictionary<int, Bilingual>> LastPositionsAsync(SeminarDbContext db, CancellationToken ct)
    {
        var positions = await db.Participations.AsNoTracking()
            .Where(p => p.PersonId != null && (p.Position.En != null || p.Position.Zh != null))
            .OrderByDescending(p => p.Meeting.StartDate).ThenByDescending(p => p.Id)
            .Select(p => new { PersonId = p.PersonId!.Value, p.Position })
            .ToListAsync(ct);
        return positions.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.First().Position);
    }

    /// <summary>The theme tree in reading order: each theme followed by its children.</summary>
    private static List<ThemeOption> Flatten(List<ThemeRow> themes)
    {
        var children = themes.ToLookup(t => t.ParentId);
        var ordered = new List<ThemeOption>(themes.Count);
        void Walk(int? parentId, int depth)
        {
            foreach (var theme in children[parentId].OrderBy(t => t.SortOrder).ThenBy(t => t.Slug, StringComparer.Ordinal))
            {
                ordered.Add(new ThemeOption(theme.Id, theme.Slug, theme.Name, depth));
                Walk(theme.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return ordered;
    }

    private sealed record ThemeRow(int Id, string Slug, Bilingual Name, int? ParentId, int SortOrder);
}
