using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Snapshots;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// Appends a revision and its line in the audit log (<c>audit_entries</c>, which the Admin reads)
/// with plain SQL: the change tracker is busy with the edit they describe, and a second
/// SaveChanges would save that edit twice. See docs/decisions/ADR-008-revisions-by-interceptor.md.
/// </summary>
internal static class RevisionWriter
{
    public static Task AppendAsync(
        DbContext db,
        RecordState state,
        RevisionAction action,
        IEnumerable<string> aspects,
        string? note,
        EditorIdentity author,
        DateTimeOffset now,
        CancellationToken ct,
        bool audited = true)
    {
        var type = state.Type.ToString();
        var actionName = action.ToString();
        var summary = string.Join(", ", aspects);
        var content = RecordSnapshots.Serialize(state.Snapshot);
        var lockKey = $"revision:{type}:{state.Id}";
        var auditType = RevisionAudit.TargetType(state.Type);
        var auditAction = RevisionAudit.Action(state.Type, action);
        var auditDetail = string.IsNullOrEmpty(summary) ? "" : $": {summary}";
        var address = author.Address;

        // The advisory lock numbers concurrent saves of one record one after the other; a save
        // that changes nothing the snapshot holds adds no revision, and no audit line. A record
        // being created has no other saver until this transaction commits, so it takes no lock:
        // an import of 20,000 new people took 20,000 locks and filled the lock table.
        // The contents are compared as jsonb (json has no equality): a content stored before the
        // column became json was written out by jsonb, keys in its own order and spaced its way.
        var locks = action == RevisionAction.Created ? 0 : 1;
        return db.Database.ExecuteSqlAsync(
            $"""
            SELECT pg_advisory_xact_lock(hashtext({lockKey})) FROM generate_series(1, {locks});
            WITH latest AS (
                SELECT number, content FROM revisions
                WHERE record_type = {type} AND record_id = {state.Id}
                ORDER BY number DESC LIMIT 1)
            , added AS (
                INSERT INTO revisions (record_type, record_id, record_key, number, action, summary, note, author_id, author_name, created_at, content)
                SELECT {type}, {state.Id}, {state.Key}, COALESCE((SELECT number FROM latest), 0) + 1, {actionName}, {summary}, {note},
                       {author.UserId}, {author.Name}, {now}, CAST({content} AS json)
                WHERE {actionName} <> 'Updated' OR NOT EXISTS (SELECT 1 FROM latest WHERE content::jsonb = CAST({content} AS jsonb))
                RETURNING number)
            INSERT INTO audit_entries (at, user_id, user_name, action, target_type, target_key, detail, ip_address)
            SELECT {now}, {author.UserId}, {author.Name}, {auditAction}, {auditType}, {state.Key}, 'revision ' || number || {auditDetail}, CAST({address} AS inet)
            FROM added WHERE {audited};
            """,
            ct);
    }
}
