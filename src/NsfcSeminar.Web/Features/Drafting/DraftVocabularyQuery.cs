using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Loads the names a release is matched against: five small reads, nothing written.</summary>
internal sealed class DraftVocabularyQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<DraftVocabulary> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => new KnownName(p.Slug, p.Name.En, p.Name.Zh, null, null)).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Slug)
            .Select(o => new KnownName(o.Slug, o.Name.En, o.Name.Zh, o.ShortName.En, o.ShortName.Zh)).ToListAsync(ct);
        var groups = await db.AttendeeGroups.AsNoTracking().OrderBy(g => g.Slug)
            .Select(g => new KnownName(g.Slug, g.Name.En, g.Name.Zh, null, null)).ToListAsync(ct);
        var series = await db.MeetingSeries.AsNoTracking().OrderBy(s => s.Slug)
            .Select(s => new KnownName(s.Slug, s.Name.En, s.Name.Zh, null, null)).ToListAsync(ct);
        var themes = await db.ReformThemes.AsNoTracking().OrderBy(t => t.ParentId == null ? t.Id : t.ParentId).ThenBy(t => t.ParentId != null).ThenBy(t => t.SortOrder)
            .Select(t => new KnownName(t.Slug, t.Name.En, t.Name.Zh, null, null)).ToListAsync(ct);
        return new DraftVocabulary(people, organisations, groups, series, themes);
    }
}
