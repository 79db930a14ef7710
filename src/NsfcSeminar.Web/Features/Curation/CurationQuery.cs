using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Curation;

public sealed record ThemeRow(int Id, uint Version, string Slug, Bilingual Name, Bilingual Description, int? ParentId, int SortOrder, int TagCount);

public sealed record PersonRow(int Id, uint Version, string Slug, Bilingual Name, Bilingual Honorific, int Appearances);

public sealed record OrganisationRow(int Id, uint Version, string Slug, Bilingual Name, Bilingual ShortName, OrganisationKind? Kind, int? ParentId);

/// <summary>The lists the curation pages edit: one query each.</summary>
internal sealed class CurationQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ThemeRow>> ThemesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ReformThemes.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name.En)
            .Select(t => new ThemeRow(t.Id, t.Version, t.Slug, t.Name, t.Description, t.ParentId, t.SortOrder, t.Speeches.Count + t.Meetings.Count))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PersonRow>> PeopleAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking()
            .OrderBy(p => p.Name.En).ThenBy(p => p.Slug)
            .Select(p => new PersonRow(p.Id, p.Version, p.Slug, p.Name, p.Honorific,
                db.Participations.Count(a => a.PersonId == p.Id) + db.Speeches.Count(s => s.SpeakerPersonId == p.Id)))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<OrganisationRow>> OrganisationsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Name.En).ThenBy(o => o.Slug)
            .Select(o => new OrganisationRow(o.Id, o.Version, o.Slug, o.Name, o.ShortName, o.Kind, o.ParentId))
            .ToListAsync(ct);
    }
}
