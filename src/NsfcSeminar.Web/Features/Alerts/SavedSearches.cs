using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>A reader's saved searches: each change is made only to the reader's own, and reports
/// whether it was stored.</summary>
internal sealed class SavedSearches(IDbContextFactory<SeminarDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>How many searches one reader may keep.</summary>
    public const int MostPerReader = 100;

    public async Task<IReadOnlyList<SavedSearchRow>> ListAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SavedSearches.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new SavedSearchRow(
                s.Id, s.Name, s.Query, s.Language, s.Frequency, s.CreatedAt, s.UnsubscribedAt,
                db.AlertMails.Where(m => m.SavedSearchId == s.Id && m.Status == AlertMailStatus.Sent).Max(m => m.SentAt)))
            .ToListAsync(ct);
    }

    /// <returns>The new search's id; null when the reader already keeps the most allowed.</returns>
    public async Task<long?> SaveAsync(string userId, string name, string query, Language language, DigestFrequency frequency, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SavedSearches.CountAsync(s => s.UserId == userId, ct) >= MostPerReader)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var search = new SavedSearch
        {
            UserId = userId,
            Name = name,
            Query = query,
            Language = language,
            Frequency = frequency,
            CreatedAt = now,
            // Only what is new from now on: the first digest does not repeat the whole search.
            MatchedThrough = now,
        };
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(ct);
        return search.Id;
    }

    public Task<bool> RenameAsync(string userId, long id, string name, CancellationToken ct) =>
        ChangeAsync(userId, id, set => set.SetProperty(s => s.Name, name), ct);

    /// <summary>A new frequency; it also resumes the mail of an unsubscribed search.</summary>
    public Task<bool> SetFrequencyAsync(string userId, long id, DigestFrequency frequency, CancellationToken ct) =>
        ChangeAsync(userId, id, set => set.SetProperty(s => s.Frequency, frequency).SetProperty(s => s.UnsubscribedAt, (DateTimeOffset?)null), ct);

    public async Task<bool> DeleteAsync(string userId, long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SavedSearches.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(ct) == 1;
    }

    /// <summary>Stops the mail of a search, whoever asks: the caller has checked the signed token.</summary>
    public async Task<SavedSearchRow?> UnsubscribeAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.SavedSearches.Where(s => s.Id == id && s.UnsubscribedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.UnsubscribedAt, now), ct);
        return await FindAsync(db, id, ct);
    }

    public async Task<SavedSearchRow?> FindAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindAsync(db, id, ct);
    }

    private static Task<SavedSearchRow?> FindAsync(SeminarDbContext db, long id, CancellationToken ct) => db.SavedSearches.AsNoTracking()
        .Where(s => s.Id == id)
        .Select(s => new SavedSearchRow(s.Id, s.Name, s.Query, s.Language, s.Frequency, s.CreatedAt, s.UnsubscribedAt, null))
        .SingleOrDefaultAsync(ct);

    private async Task<bool> ChangeAsync(
        string userId, long id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SavedSearch>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SavedSearches.Where(s => s.Id == id && s.UserId == userId).ExecuteUpdateAsync(change, ct) == 1;
    }
}
