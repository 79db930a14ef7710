using Microsoft.EntityFrameworkCore;

namespace NsfcSeminar.Data.Model;

/// <summary>Keeps old links working when a record's slug changes (a rename, a merge, a restore).
/// Changes go through the change tracker, so they commit with the edit that caused them.</summary>
public static class SlugRedirects
{
    public static async Task RecordMoveAsync(DbContext db, RecordType type, string oldSlug, string newSlug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (oldSlug == newSlug)
        {
            return;
        }

        var affected = await db.Set<SlugRedirect>()
            .Where(r => r.RecordType == type && (r.OldSlug == newSlug || r.OldSlug == oldSlug || r.NewSlug == oldSlug))
            .ToListAsync(ct);
        foreach (var redirect in affected)
        {
            if (redirect.OldSlug == newSlug || redirect.OldSlug == oldSlug)
            {
                // The new slug is live again, and the old one gets a fresh redirect below.
                db.Remove(redirect);
            }
            else
            {
                // Chains collapse: whatever led to the old slug now leads straight to the new one.
                redirect.NewSlug = newSlug;
            }
        }

        db.Add(new SlugRedirect { RecordType = type, OldSlug = oldSlug, NewSlug = newSlug, CreatedAt = SeminarClock.Of(db).GetUtcNow() });
    }

    /// <summary>A slug taken by a new record stops redirecting elsewhere.</summary>
    public static async Task ReleaseAsync(DbContext db, RecordType type, string slug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = await db.Set<SlugRedirect>().Where(r => r.RecordType == type && r.OldSlug == slug).ToListAsync(ct);
        db.RemoveRange(stale);
    }

    public static Task<string?> FindAsync(DbContext db, RecordType type, string slug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<SlugRedirect>().AsNoTracking()
            .Where(r => r.RecordType == type && r.OldSlug == slug)
            .Select(r => r.NewSlug)
            .FirstOrDefaultAsync(ct);
    }
}
