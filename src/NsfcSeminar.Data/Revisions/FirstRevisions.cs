using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NpgsqlTypes;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// The first revision of records written in bulk (<see cref="Bulk.GraphCopy"/>), which pass by the
/// change tracker: one "Created" revision a record, a meeting's with its speeches', each with its
/// line in the audit log, as <see cref="RevisionSaves"/> writes them for a record saved alone.
/// A new record has no earlier revision and no concurrent saver (no one else can see it before
/// the commit), so they are numbered 1 and copied (binary COPY) without a lock.
/// </summary>
public static class FirstRevisions
{
    /// <summary>Records the first revisions of records just written in bulk from their states as
    /// the caller built them (an import's entities, in memory), rather than reading each back: as
    /// the context's own recorder would have for a save, by the same author. The states must be
    /// what <see cref="SnapshotReader"/> would read (a test of the importer pins that they are).</summary>
    public static Task RecordAsync(DbContext db, IReadOnlyCollection<RecordState> states, CancellationToken ct) =>
        CopyAsync(db, Rows(states), ct);

    /// <summary>The rows of those revisions, each content written out: work without a query, which
    /// a caller may do on another thread while its connection copies the records themselves.</summary>
    public static IReadOnlyList<FirstRevisionRow> Rows(IReadOnlyCollection<RecordState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var speeches = states.Select(s => s.Snapshot).OfType<MeetingSnapshot>().SelectMany(m => m.Speeches)
            .Select(s => new RecordState(RecordType.Speech, s.Id, SnapshotReader.SpeechKey(s), s));
        return [.. states.Concat(speeches).Select(s => new FirstRevisionRow(s, string.Join(", ", Aspects(s.Snapshot)), RecordSnapshots.Serialize(s.Snapshot)))];
    }

    /// <summary>Copies rows made by <see cref="Rows"/>, with their lines in the audit log.</summary>
    public static Task CopyAsync(DbContext db, IReadOnlyList<FirstRevisionRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var (author, now) = RevisionGuard.SaverOf(db);
        return rows.Count == 0 ? Task.CompletedTask : WriteAsync(db, rows, author, now, ct);
    }

    /// <summary>Writes the revisions of the records of <paramref name="type"/> just created, read
    /// back from the database; for meetings, of their speeches too.</summary>
    internal static async Task WriteAsync(DbContext db, RecordType type, IReadOnlyCollection<int> ids, EditorIdentity author, DateTimeOffset now, CancellationToken ct) =>
        await WriteAsync(db, Rows(await SnapshotReader.ReadAsync(db, type, ids, ct)), author, now, ct);

    private static async Task WriteAsync(DbContext db, IReadOnlyList<FirstRevisionRow> all, EditorIdentity author, DateTimeOffset now, CancellationToken ct)
    {
        await EditorAccess.EnsureMaySaveAsync(db, author, now, ct);
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();

        var revision = Table<Revision>(db);
        await using (var writer = await connection.BeginBinaryImportAsync(revision.Copy(
            nameof(Revision.RecordType), nameof(Revision.RecordId), nameof(Revision.RecordKey), nameof(Revision.Number), nameof(Revision.Action),
            nameof(Revision.Summary), nameof(Revision.AuthorId), nameof(Revision.AuthorName), nameof(Revision.CreatedAt), nameof(Revision.Content)), ct))
        {
            foreach (var (state, summary, content) in all)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(state.Type.ToString(), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(state.Id, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(state.Key, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(nameof(RevisionAction.Created), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(summary, NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(writer, author.UserId, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(author.Name, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(content, NpgsqlDbType.Json, ct);
            }

            await writer.CompleteAsync(ct);
        }

        var audit = Table<AuditEntry>(db);
        await using (var writer = await connection.BeginBinaryImportAsync(audit.Copy(
            nameof(AuditEntry.At), nameof(AuditEntry.UserId), nameof(AuditEntry.UserName), nameof(AuditEntry.Action),
            nameof(AuditEntry.TargetType), nameof(AuditEntry.TargetKey), nameof(AuditEntry.Detail), nameof(AuditEntry.IpAddress)), ct))
        {
            foreach (var (state, summary, _) in all)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await WriteOrNullAsync(writer, author.UserId, NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(writer, author.Name, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(RevisionAudit.Action(state.Type, RevisionAction.Created), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(RevisionAudit.TargetType(state.Type), NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(state.Key, NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(summary.Length == 0 ? "revision 1" : $"revision 1: {summary}", NpgsqlDbType.Varchar, ct);
                await WriteOrNullAsync(writer, author.Address, NpgsqlDbType.Inet, ct);
            }

            await writer.CompleteAsync(ct);
        }

        // As after a save of the records one by one: the caller holds nothing tracked.
        db.ChangeTracker.Clear();
    }

    private static Task WriteOrNullAsync<T>(Npgsql.NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

    /// <summary>A table's and its columns' names from the model, so a renamed column is copied right.</summary>
    private static CopyTarget Table<T>(DbContext db) => new(db.Model.FindEntityType(typeof(T))!);

    private sealed class CopyTarget(IEntityType type)
    {
        public string Copy(params string[] properties)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = properties.Select(p => $"\"{type.FindProperty(p)!.GetColumnName(table)}\"");
            return $"COPY \"{type.GetTableName()}\" ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)";
        }
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
