using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Vocabulary;

/// <summary>
/// One kind of record that seminars refer to by slug (themes, organisations, people, groups,
/// series, documents): how it maps to and from its bundle record, and what its fields must hold.
/// Export and import share it, which is what makes the round trip lossless.
/// </summary>
internal abstract class VocabularyKind<TRecord, TEntity>
    where TRecord : class
    where TEntity : class
{
    public abstract BundleSection Section { get; }

    public abstract SlugIndex Index(ArchiveSlugs slugs);

    public abstract DbSet<TEntity> Set(SeminarDbContext db);

    /// <summary>The entities with what <see cref="ToRecord"/> reads of them loaded.</summary>
    public virtual IQueryable<TEntity> Query(SeminarDbContext db) => Set(db);

    public abstract string SlugOf(TRecord record);

    public abstract string SlugOf(TEntity entity);

    public abstract int IdOf(TEntity entity);

    public abstract TRecord ToRecord(TEntity entity, ArchiveSlugs slugs);

    public abstract TEntity Create(TRecord record);

    /// <summary>Copies every field but the parent onto the entity.</summary>
    public abstract void Apply(TRecord record, TEntity entity);

    public abstract void Check(TRecord record, RecordCheck check);

    /// <summary>References to records of earlier sections, which must exist.</summary>
    public virtual void CheckReferences(TRecord record, RecordCheck check, ArchiveSlugs slugs)
    {
    }

    /// <summary>The kind of revision its records have, or null when they have none.</summary>
    public virtual Data.Model.RecordType? Revised => null;

    /// <summary>Records the first revisions of records just copied (<see cref="Revised"/>):
    /// read back from the database, unless the kind builds them from its entities.</summary>
    public virtual Task RecordCreatedAsync(SeminarDbContext db, IReadOnlyList<TEntity> created, CancellationToken ct) =>
        Revised is { } type ? db.RecordCreatedAsync(type, [.. created.Select(IdOf)], ct) : Task.CompletedTask;

    /// <summary>True for kinds with parents or links (<see cref="SetParent"/>, <see cref="SetLinksAsync"/>),
    /// set in a second pass once every record has an id.</summary>
    public virtual bool HasParentsOrLinks => false;

    /// <summary>Kinds with a hierarchy name their parent by slug; the others have none.</summary>
    public virtual string? ParentOf(TRecord record) => null;

    public virtual void SetParent(TEntity entity, int? parentId)
    {
    }

    /// <summary>Links to other records (a group's organisations), set once every record of the
    /// section has an id; tracked by <paramref name="db"/>.</summary>
    public virtual Task SetLinksAsync(TRecord record, TEntity entity, ArchiveSlugs slugs, SeminarDbContext db, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>How the record is sorted in a bundle: by slug, in ordinal order, so that the
    /// order never depends on a database's collation.</summary>
    public IEnumerable<TRecord> InBundleOrder(IEnumerable<TRecord> records) =>
        records.OrderBy(SlugOf, StringComparer.Ordinal);

    /// <summary>The English and Chinese names, for spotting near-duplicates; null for kinds
    /// where a shared name is normal.</summary>
    public virtual BilingualText? NameForDuplicates(TRecord record) => null;
}
