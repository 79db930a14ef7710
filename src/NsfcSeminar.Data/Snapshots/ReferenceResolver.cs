using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Snapshots;

/// <summary>Finds today's id of a record an old revision refers to: the same id if it still
/// exists, else the record its slug now redirects to (a merged person leads to the survivor), else
/// none.</summary>
internal sealed class ReferenceResolver(SeminarDbContext db)
{
    public Task<int?> PersonAsync(RecordRef? reference, CancellationToken ct) =>
        ResolveAsync(reference, RecordType.Person, db.People.Where(p => p.Id == reference!.Id).Select(p => (int?)p.Id),
            slug => db.People.Where(p => p.Slug == slug).Select(p => (int?)p.Id), ct);

    public Task<int?> OrganisationAsync(RecordRef? reference, CancellationToken ct) =>
        ResolveAsync(reference, RecordType.Organisation, db.Organisations.Where(o => o.Id == reference!.Id).Select(o => (int?)o.Id),
            slug => db.Organisations.Where(o => o.Slug == slug).Select(o => (int?)o.Id), ct);

    public Task<int?> ThemeAsync(RecordRef? reference, CancellationToken ct) =>
        ResolveAsync(reference, RecordType.Theme, db.ReformThemes.Where(t => t.Id == reference!.Id).Select(t => (int?)t.Id),
            slug => db.ReformThemes.Where(t => t.Slug == slug).Select(t => (int?)t.Id), ct);

    public async Task<int?> ExistingAsync<T>(RecordRef? reference, CancellationToken ct)
        where T : class
    {
        if (reference is null)
        {
            return null;
        }

        return await db.Set<T>().AnyAsync(e => EF.Property<int>(e, "Id") == reference.Id, ct) ? reference.Id : null;
    }

    private async Task<int?> ResolveAsync(
        RecordRef? reference, RecordType type, IQueryable<int?> byId, Func<string, IQueryable<int?>> bySlug, CancellationToken ct)
    {
        if (reference is null)
        {
            return null;
        }

        if (await byId.FirstOrDefaultAsync(ct) is int id)
        {
            return id;
        }

        var moved = await SlugRedirects.FindAsync(db, type, reference.Slug, ct);
        return moved is null ? null : await bySlug(moved).FirstOrDefaultAsync(ct);
    }
}
