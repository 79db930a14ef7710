using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>
/// Writes the records added to a context with PostgreSQL's binary COPY instead of one INSERT a
/// row, inside the context's transaction: how an import stores a hundred thousand new records in
/// seconds. The change tracker still does what it is good at (it holds the graph and carries
/// keys into foreign keys); only the writing is replaced. Columns come from the model, so a new
/// column is copied without a change here. Nothing passes through <c>SaveChanges</c>, so its
/// interceptors do not run: the caller records the revisions
/// (<see cref="Revisions.RevisionSaves.RecordCreatedAsync"/>).
/// </summary>
public static class AddedRows
{
    /// <summary>Gives every added entry its key from its table's identity sequence, one query a
    /// table, as an INSERT would have: the change tracker then carries each key into the foreign
    /// keys that point to it, and the caller may use the ids before anything is written.</summary>
    public static async Task AssignKeysAsync(DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var (type, entries) in Added(db))
        {
            await KeySequence.AssignAsync(connection, type, entries, ct);
        }
    }

    /// <summary>Copies every added entry, as it was when added (changes made to an entity after
    /// it was added are not looked for), tables in the order their foreign keys need; the entries
    /// are then unchanged, as after a save.</summary>
    public static async Task CopyAsync(DbContext db, CancellationToken ct)
    {
        await AssignKeysAsync(db, ct);
        var added = Added(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        CreatedStamps.Apply(db, added.Values.SelectMany(e => e).Select(e => e.Entity));
        foreach (var type in RowOrder.Sort(added.Keys))
        {
            await TableCopy.WriteAsync(connection, type, CopyColumn.Of(type, added[type]), added[type], ct);
        }

        foreach (var entry in added.Values.SelectMany(e => e))
        {
            entry.State = EntityState.Unchanged;
        }
    }

    private static Dictionary<IEntityType, List<EntityEntry>> Added(DbContext db)
    {
        // Callers add whole records and copy them at once, so the entries are as they were added
        // and need no detecting of changes, a pass over every one of tens of thousands of new
        // entries that stack samples of a slow import kept finding.
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
