using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Wording;

/// <summary>
/// A value that changes whenever what a speech says, carries (its themes) or who may read it
/// changes. Every such change rewrites its meeting's search documents, and
/// <c>search_changes</c> notes the transaction that did, per meeting (ADR-012). The count and
/// sum of those notes change with any meeting's change, also with one committed after a newer
/// transaction (the latest id alone would miss it). One SQL command.
/// </summary>
internal static class ArchiveGeneration
{
    private const string Sql = """
        SELECT count(*)::text || '/' || coalesce(sum(changed_xid::text::numeric), 0)::text AS "Value" FROM search_changes
        """;

    public static Task<string> ReadAsync(SeminarDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQueryRaw<string>(Sql).SingleAsync(ct);
    }
}
