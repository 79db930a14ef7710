using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.History;

public sealed record RevisionEntry(int Number, RevisionAction Action, string Summary, string? Note, string AuthorName, DateTimeOffset CreatedAt);

/// <summary>A record's history, newest first. <see cref="Exists"/> is false for a record that was
/// deleted or merged away: its history stays readable and restorable.</summary>
public sealed record RecordHistory(RecordType Type, int RecordId, string Key, bool Exists, IReadOnlyList<RevisionEntry> Revisions);

public sealed record RevisionContent(int Number, RevisionAction Action, string AuthorName, DateTimeOffset CreatedAt, string Content);

/// <summary>Reads revisions. A record is found by its slug (a speech by its seminar's slug and its
/// anchor, or by its id), or, once deleted, by the slug its revisions were saved under.</summary>
internal sealed class HistoryQuery(IDbContextFactory<SeminarDbContext> dbFactory)
{
    public async Task<RecordHistory?> FindAsync(RecordType type, string key, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = await CurrentIdAsync(db, type, key, ct);
        var exists = id is not null;
        if (type == RecordType.Speech && int.TryParse(key, out var speech))
        {
            id ??= speech;
        }

        id ??= await db.Set<Revision>().AsNoTracking()
            .Where(r => r.RecordType == type && r.RecordKey == key)
            .OrderByDescending(r => r.Id)
            .Select(r => (int?)r.RecordId)
            .FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return null;
        }

        var revisions = await db.Set<Revision>().AsNoTracking()
            .Where(r => r.RecordType == type && r.RecordId == id)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionEntry(r.Number, r.Action, r.Summary, r.Note, r.AuthorName, r.CreatedAt))
            .ToListAsync(ct);
        if (!exists && revisions.Count == 0)
        {
            return null;
        }

        return new RecordHistory(type, id.Value, key, exists, revisions);
    }

    public async Task<IReadOnlyList<RevisionContent>> ContentsAsync(RecordType type, int recordId, IReadOnlyCollection<int> numbers, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Revision>().AsNoTracking()
            .Where(r => r.RecordType == type && r.RecordId == recordId && numbers.Contains(r.Number))
            .Select(r => new RevisionContent(r.Number, r.Action, r.AuthorName, r.CreatedAt, r.Content))
            .ToListAsync(ct);
    }

    private static async Task<int?> CurrentIdAsync(SeminarDbContext db, RecordType type, string key, CancellationToken ct) => type switch
    {
        RecordType.Speech when RecordTypes.SpeechKey(key) is var (meeting, anchor) =>
            await db.Speeches.Where(s => s.Meeting.Slug == meeting && s.Anchor == anchor).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct),
        RecordType.Speech => int.TryParse(key, out var speech) && await db.Speeches.AnyAsync(s => s.Id == speech, ct) ? speech : null,
        RecordType.Meeting => await db.Meetings.Where(m => m.Slug == key).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct),
        RecordType.Person => await db.People.Where(p => p.Slug == key).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct),
        RecordType.Organisation => await db.Organisations.Where(o => o.Slug == key).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct),
        _ => await db.ReformThemes.Where(t => t.Slug == key).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct),
    };
}
