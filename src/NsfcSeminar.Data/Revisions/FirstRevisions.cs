using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// The first revision of records written in bulk (<see cref="AddedRows"/>), which pass by the
/// change tracker: one "Created" revision a record, a meeting's with its speeches', each with its
/// line in the audit log, as <see cref="RevisionSaves"/> writes them for a record saved alone.
/// A new record has no earlier revision and no concurrent saver (no one else can see it before
/// the commit), so they are numbered 1 and copied without a lock.
/// </summary>
internal static class FirstRevisions
{
    /// <summary>Writes the revisions of the records of <paramref name="type"/> just created;
    /// for meetings, of their speeches too. The context is cleared.</summary>
    public static async Task WriteAsync(DbContext db, RecordType type, IReadOnlyCollection<int> ids, EditorIdentity author, DateTimeOffset now, CancellationToken ct)
    {
        await EditorAccess.EnsureMaySaveAsync(db, author, now, ct);
        var states = await SnapshotReader.ReadAsync(db, type, ids, ct);
        var speeches = states.Select(s => s.Snapshot).OfType<MeetingSnapshot>().SelectMany(m => m.Speeches)
            .Select(s => new RecordState(RecordType.Speech, s.Id, SnapshotReader.SpeechKey(s), s))
            .ToList();
        foreach (var state in states.Concat(speeches))
        {
            var summary = string.Join(", ", Aspects(state.Snapshot));
            db.Add(new Revision
            {
                RecordType = state.Type,
                RecordId = state.Id,
                RecordKey = state.Key,
                Number = 1,
                Action = RevisionAction.Created,
                Summary = summary,
                AuthorId = author.UserId,
                AuthorName = author.Name,
                CreatedAt = now,
                Content = RecordSnapshots.Serialize(state.Snapshot),
            });
            db.Add(new AuditEntry
            {
                At = now,
                UserId = author.UserId,
                UserName = author.Name,
                Action = RevisionAudit.Action(state.Type, RevisionAction.Created),
                TargetType = RevisionAudit.TargetType(state.Type),
                TargetKey = state.Key,
                Detail = summary.Length == 0 ? "revision 1" : $"revision 1: {summary}",
                IpAddress = author.Address,
            });
        }

        await AddedRows.CopyAsync(db, ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>What a new record holds, named as a save names the parts it touched.</summary>
    private static IEnumerable<string> Aspects(object snapshot)
    {
        var parts = snapshot switch
        {
            MeetingSnapshot m => new (string Name, bool Any)[]
            {
                ("Citations", m.Citations.Count > 0), ("Participations", m.Participations.Count > 0), ("Sessions", m.Sessions is { Count: > 0 }),
                ("Sources", m.Sources is { Count: > 0 }), ("Speeches", m.Speeches.Count > 0), ("Texts", m.Texts.Count > 0), ("Themes", m.Themes.Count > 0),
            },
            SpeechSnapshot s => [("Texts", s.Texts.Count > 0), ("Themes", s.Themes.Count > 0)],
            _ => [],
        };
        return parts.Where(p => p.Any).Select(p => p.Name);
    }
}
