using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// The one explicit call by which every save of records with history (editing, curation, drafts,
/// restores, merges, imports, the sample archive) stores its edit together with a
/// <see cref="Revision"/> and an audit line for each record it touches. A plain SaveChanges of
/// such records is refused by <see cref="RevisionGuard"/>. See
/// docs/decisions/ADR-008-revisions-by-interceptor.md.
/// </summary>
public static class RevisionSaves
{
    public static Task<int> SaveWithRevisionsAsync(this DbContext db, CancellationToken ct = default) =>
        db.SaveWithRevisionsAsync(note: null, acceptAllChangesOnSuccess: true, ct);

    public static Task<int> SaveWithRevisionsAsync(this DbContext db, RevisionNote? note, CancellationToken ct = default) =>
        db.SaveWithRevisionsAsync(note, acceptAllChangesOnSuccess: true, ct);

    /// <summary>Saves and records the revisions: in the caller's transaction if there is one,
    /// else in its own, inside the execution strategy, accepting the changes only once both the
    /// edit and its revisions are committed.</summary>
    public static async Task<int> SaveWithRevisionsAsync(this DbContext db, RevisionNote? note, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.DetectChanges();
        var changes = ChangedRecords.Collect(db.ChangeTracker);
        using var permit = RevisionGuard.Allow(db);
        if (changes.IsEmpty)
        {
            return await db.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }

        var (author, now) = RevisionGuard.SaverOf(db);
        var save = new SaveRevisions(changes, await ReadRemovedAsync(db, changes, ct), note, author, now);
        if (db.Database.CurrentTransaction is not null)
        {
            var count = await db.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            await save.WriteAsync(db, ct);
            return count;
        }

        var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, save),
            static async (_, state, cancel) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(cancel);
                var count = await state.db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel);
                await state.save.WriteAsync(state.db, cancel);
                await transaction.CommitAsync(cancel);
                return count;
            },
            verifySucceeded: null,
            ct);
        if (acceptAllChangesOnSuccess)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <summary>Records the first revision of records created by a bulk write
    /// (<see cref="Bulk.GraphCopy"/>), which stores them without SaveChanges: by the author a save
    /// of the context would name. The context is cleared.</summary>
    public static Task RecordCreatedAsync(this DbContext db, RecordType type, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var (author, now) = RevisionGuard.SaverOf(db);
        return ids.Count == 0 ? Task.CompletedTask : FirstRevisions.WriteAsync(db, type, ids, author, now, ct);
    }

    private static async Task<List<RecordState>> ReadRemovedAsync(DbContext db, ChangedRecords changes, CancellationToken ct)
    {
        // A removed record's last content must be read before the save takes it away.
        var removed = new List<RecordState>();
        foreach (var group in changes.Deleted.GroupBy(d => d.Type))
        {
            removed.AddRange(await SnapshotReader.ReadAsync(db, group.Key, [.. group.Select(d => d.Id)], ct));
        }

        return removed;
    }
}
