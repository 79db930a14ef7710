using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>
/// Saves a form's changes and, before committing, reads the record back in the same transaction:
/// unless the digest of what is now stored equals the digest of what the editor sent, the save is
/// rolled back. "Saved." is therefore only ever said of what the database holds (issue 12: a save
/// reported success for a speech stored with an empty text).
/// </summary>
internal static class ConfirmedSave
{
    /// <param name="record">The saved record, whose id <paramref name="storedDigest"/> is given.</param>
    /// <returns>False when the stored record differed and nothing was kept.</returns>
    public static async Task<bool> SaveAsync(
        DbContext db, object record, string sentDigest, Func<int, CancellationToken, Task<string>> storedDigest, CancellationToken ct)
    {
        // The execution strategy may run this again after a dropped connection, so the tracked
        // changes are accepted only once committed (EF Core's connection-resiliency guidance).
        var confirmed = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, record, sentDigest, storedDigest),
            static async (_, state, cancel) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(cancel);
                await state.db.SaveWithRevisionsAsync(note: null, acceptAllChangesOnSuccess: false, cancel);
                // Until the changes are accepted, a new record's id is known to its entry only.
                var id = (int)state.db.Entry(state.record).Property("Id").CurrentValue!;
                if (await state.storedDigest(id, cancel) != state.sentDigest)
                {
                    await transaction.RollbackAsync(cancel);
                    return false;
                }

                await transaction.CommitAsync(cancel);
                return true;
            },
            verifySucceeded: null,
            ct);
        if (confirmed)
        {
            db.ChangeTracker.AcceptAllChanges();
        }

        return confirmed;
    }
}
