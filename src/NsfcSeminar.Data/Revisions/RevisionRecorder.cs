using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// Records a <see cref="Revision"/> of every meeting, speech, person, organisation and theme a save
/// touches, in the same transaction as the save, so that no edit exists without its revision.
/// Every context the factory makes carries it: the editing pages, the importer and the sample
/// archive need no extra call. See docs/decisions/ADR-008-revisions-by-interceptor.md.
/// </summary>
public sealed class RevisionRecorder(TimeProvider clock, ICurrentEditor? editor = null) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, SaveInProgress> InProgress = [];

    private static readonly ConditionalWeakTable<DbContext, RevisionNote> Notes = [];

    /// <summary>Marks the revisions of the context's next save as a restore or a merge.</summary>
    public static void Describe(DbContext db, RevisionAction action, string note) =>
        Notes.AddOrUpdate(db, new RevisionNote(action, note));

    /// <summary>Records the first revision of records created by a bulk write
    /// (<see cref="Bulk.AddedRows"/>), which passes by this interceptor: as the context's own
    /// recorder would have for a save, by the same author. The context is cleared.</summary>
    public static Task RecordCreatedAsync(DbContext db, RecordType type, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var recorder = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<RevisionRecorder>().FirstOrDefault()
            ?? throw new InvalidOperationException("This context records no revisions: it was not made by the registered factory.");
        return ids.Count == 0
            ? Task.CompletedTask
            : FirstRevisions.WriteAsync(db, type, ids, recorder.Author, recorder.Now, ct);
    }

    // Without an ICurrentEditor (the tools and tests that have no people) every save is the system's.
    internal EditorIdentity Author => editor?.Current ?? EditorIdentity.System;

    internal DateTimeOffset Now => clock.GetUtcNow();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context;
        if (db is null || result.HasResult || InProgress.TryGetValue(db, out _))
        {
            return result;
        }

        // The interceptor runs before SaveChanges looks for changes itself.
        db.ChangeTracker.DetectChanges();
        var changes = ChangedRecords.Collect(db.ChangeTracker);
        if (changes.IsEmpty)
        {
            return result;
        }

        var removed = await ReadRemovedAsync(db, changes, cancellationToken);
        var save = new SaveInProgress(changes, removed);
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller's transaction holds both; SavedChangesAsync writes the revisions.
            save.WriteAfterSave = true;
            InProgress.AddOrUpdate(db, save);
            return result;
        }

        // Our own transaction, inside the execution strategy as a retrying strategy requires; the
        // changes are accepted only once both the edit and its revisions are committed.
        InProgress.AddOrUpdate(db, save);
        try
        {
            var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(
                (db, save, recorder: this),
                static async (_, state, ct) =>
                {
                    await using var transaction = await state.db.Database.BeginTransactionAsync(ct);
                    var count = await state.db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                    await state.recorder.WriteAsync(state.db, state.save, ct);
                    await transaction.CommitAsync(ct);
                    return count;
                },
                verifySucceeded: null,
                cancellationToken);
            db.ChangeTracker.AcceptAllChanges();
            return InterceptionResult<int>.SuppressWithResult(saved);
        }
        finally
        {
            InProgress.Remove(db);
        }
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var db = eventData.Context;
        if (db is not null && InProgress.TryGetValue(db, out var save) && save.WriteAfterSave)
        {
            InProgress.Remove(db);
            await WriteAsync(db, save, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var db = eventData.Context;
        if (db is not null && !InProgress.TryGetValue(db, out _) && !ChangedRecords.Collect(db.ChangeTracker).IsEmpty)
        {
            throw new InvalidOperationException("Records with history are saved with SaveChangesAsync, which records their revisions.");
        }

        return result;
    }

    private static void Forget(DbContext? db)
    {
        if (db is not null && InProgress.TryGetValue(db, out var save) && save.WriteAfterSave)
        {
            InProgress.Remove(db);
        }
    }

    private static async Task<List<RecordState>> ReadRemovedAsync(DbContext db, ChangedRecords changes, CancellationToken ct)
    {
        var removed = new List<RecordState>();
        foreach (var group in changes.Deleted.GroupBy(d => d.Type))
        {
            removed.AddRange(await SnapshotReader.ReadAsync(db, group.Key, [.. group.Select(d => d.Id)], ct));
        }

        return removed;
    }

    private async Task WriteAsync(DbContext db, SaveInProgress save, CancellationToken ct)
    {
        // Before any revision, in the save's transaction: a refusal rolls the whole save back.
        var author = Author;
        var now = clock.GetUtcNow();
        await EditorAccess.EnsureMaySaveAsync(db, author, now, ct);

        var touched = save.Changes.Resolve();
        var removedKeys = save.Removed.Select(r => (r.Type, r.Id)).ToHashSet();
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

        Notes.TryGetValue(db, out var note);
        Notes.Remove(db);
        foreach (var state in states)
        {
            var record = touched[(state.Type, state.Id)];
            var action = note?.Action == RevisionAction.Restored && record.Action == RevisionAction.Updated ? RevisionAction.Restored : record.Action;
            await RevisionWriter.AppendAsync(db, state, action, record.Aspects, note?.Text, author, now, ct, audited: !OnlyItsSpeechesChanged(record, action));
        }

        foreach (var state in save.Removed)
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

    private sealed class SaveInProgress(ChangedRecords changes, List<RecordState> removed)
    {
        public ChangedRecords Changes { get; } = changes;

        public List<RecordState> Removed { get; } = removed;

        public bool WriteAfterSave { get; set; }
    }

    private sealed record RevisionNote(RevisionAction Action, string Text);
}
