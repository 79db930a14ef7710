using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>An editor's saved-but-unsubmitted edits of a record.</summary>
public sealed record StoredDraft(string Payload, DateTimeOffset SavedAt);

/// <summary>The server-side drafts the workspace keeps every few seconds.</summary>
internal sealed class EditDraftStore(IDbContextFactory<SeminarDbContext> dbFactory, TimeProvider clock)
{
    public async Task SaveAsync(string editor, string recordKey, string payload, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();

        // One statement whatever the state: autosave runs every few seconds and must not race itself.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO edit_drafts (editor, record_key, payload, saved_at) VALUES ({editor}, {recordKey}, {payload}, {now})
            ON CONFLICT (editor, record_key) DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at
            """,
            ct);
    }

    /// <summary>The newest draft of the record: what was typed last, also when it was typed while
    /// an earlier draft was being offered (<see cref="DraftKeys.WhileOffered"/>).</summary>
    public async Task<StoredDraft?> FindAsync(string editor, string recordKey, CancellationToken ct)
    {
        string[] keys = [recordKey, DraftKeys.WhileOffered(recordKey)];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.EditDrafts.AsNoTracking()
            .Where(d => d.Editor == editor && keys.Contains(d.RecordKey))
            .OrderByDescending(d => d.SavedAt)
            .Select(d => new StoredDraft(d.Payload, d.SavedAt))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The numbers of the new speeches of a seminar this editor left drafts of on the
    /// seminar's page (<see cref="DraftKeys.NewSpeech(int, int)"/>), in order.</summary>
    public async Task<IReadOnlyList<int>> NewSpeechDraftsAsync(string editor, int meetingId, CancellationToken ct)
    {
        var prefix = DraftKeys.NewSpeech(meetingId) + ":";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = await db.EditDrafts.AsNoTracking()
            .Where(d => d.Editor == editor && d.RecordKey.StartsWith(prefix))
            .Select(d => d.RecordKey).ToListAsync(ct);
        return [.. keys.Select(k => k[prefix.Length..].Split(':')[0])
            .Select(n => int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0)
            .Where(n => n > 0).Distinct().Order()];
    }

    /// <summary>Forgets every draft of the record (it was saved, or the editor discarded it).</summary>
    public async Task DeleteAsync(string editor, string recordKey, CancellationToken ct)
    {
        string[] keys = [recordKey, DraftKeys.WhileOffered(recordKey)];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.EditDrafts.Where(d => d.Editor == editor && keys.Contains(d.RecordKey)).ExecuteDeleteAsync(ct);
    }
}
