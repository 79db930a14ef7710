using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Data.Revisions;

/// <summary>The revisions of one save: read after the edit is sent and before it commits, in its
/// transaction, so the edit and its revisions commit together or not at all.</summary>
internal sealed class SaveRevisions(ChangedRecords changes, List<RecordState> removed, RevisionNote? note, EditorIdentity author, DateTimeOffset now)
{
    public async Task WriteAsync(DbContext db, CancellationToken ct)
    {
        // Before any revision, in the save's transaction: a refusal rolls the whole save back.
        await EditorAccess.EnsureMaySaveAsync(db, author, now, ct);

        var touched = changes.Resolve();
        var removedKeys = removed.Select(r => (r.Type, r.Id)).ToHashSet();
        var states = new List<RecordState>();

        // A speech's change is also a change of its meeting, whose snapshot holds its speeches.
        var speeches = await ReadAsync(db, touched, removedKeys, RecordType.Speech, ct);
        foreach (var speech in speeches)
        {
            var meeting = ((SpeechSnapshot)speech.Snapshot).Meeting.Id;
            if (!touched.TryGetValue((RecordType.Meeting, meeting), out var record))
            {
                touched[(RecordType.Meeting, meeting)] = record = new TouchedRecord(RecordType.Meeting, meeting);
            }

            record.Aspects.Add("Speeches");
        }

        states.AddRange(speeches);
        foreach (var type in new[] { RecordType.Meeting, RecordType.Person, RecordType.Organisation, RecordType.Theme })
        {
            states.AddRange(await ReadAsync(db, touched, removedKeys, type, ct));
        }

        foreach (var state in states)
        {
            var record = touched[(state.Type, state.Id)];
            var action = note?.Action == RevisionAction.Restored && record.Action == RevisionAction.Updated ? RevisionAction.Restored : record.Action;
            await RevisionWriter.AppendAsync(db, state, action, record.Aspects, note?.Text, author, now, ct, audited: !OnlyItsSpeechesChanged(record, action));
        }

        foreach (var state in removed)
        {
            var action = note?.Action == RevisionAction.Merged ? RevisionAction.Merged : RevisionAction.Deleted;
            await RevisionWriter.AppendAsync(db, state, action, [], note?.Text, author, now, ct);
        }
    }

    /// <summary>A meeting revised only because one of its speeches was: the speech's audit line
    /// tells of that save, so one action writes one line (ADR-008).</summary>
    private static bool OnlyItsSpeechesChanged(TouchedRecord record, RevisionAction action) =>
        record.Type == RecordType.Meeting && action == RevisionAction.Updated && record.Aspects.SetEquals(["Speeches"]);

    private static Task<List<RecordState>> ReadAsync(
        DbContext db,
        Dictionary<(RecordType Type, int Id), TouchedRecord> touched,
        HashSet<(RecordType, int)> removed,
        RecordType type,
        CancellationToken ct) =>
        SnapshotReader.ReadAsync(db, type, [.. touched.Keys.Where(k => k.Type == type && !removed.Contains(k)).Select(k => k.Id)], ct);
}
