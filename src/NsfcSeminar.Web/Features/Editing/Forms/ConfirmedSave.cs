using Microsoft.EntityFrameworkCore;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>
/// Saves a form's changes and, before committing, reads the record back in the same transaction:
/// unless the digest of what is now stored equals the digest of what the editor sent, the save is
/// rolled back. "Saved." is therefore only ever said of what the database holds (issue 12: a save
/// reported success for a speech stored with an empty text).
/// </summary>
internal static class ConfirmedSave
{
    /// <returns>False when the stored record differed and nothing was kept.</returns>
    public static async Task<bool> SaveAsync(DbContext db, string sentDigest, Func<CancellationToken, Task<string>> storedDigest, CancellationToken ct)
    {
        // The execution strategy may run this again after a dropped connection, so the tracked
        // changes are accepted only once committed (EF Core's connection-resiliency guidance).
        var confirmed = await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, sentDigest, storedDigest),
            static async (_, state, cancel) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(cancel);
                await state.db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel);
                if (await state.storedDigest(cancel) != state.sentDigest)
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
