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

    /// <summary>
    /// The same over the meetings that hold a speech on one of <paramref name="themeIds"/> (and
    /// the note of an emptied index, meeting 0): it changes when one of them changes, gains or
    /// loses such a speech, but not with a meeting on other themes alone, so that a result over a
    /// broad theme, slow to work out, is kept while the rest of the archive grows. One SQL command.
    /// </summary>
    public static Task<string> ReadForThemesAsync(SeminarDbContext db, IReadOnlyList<int> themeIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(themeIds);
        var ids = themeIds.ToArray();
        return db.Database.SqlQuery<string>($"""
            SELECT count(*)::text || '/' || coalesce(sum(c.changed_xid::text::numeric), 0)::text AS "Value"
            FROM search_changes c
            WHERE c.meeting_id = 0 OR c.meeting_id IN (
              SELECT s.meeting_id FROM speeches s JOIN speech_themes x ON x.speech_id = s.id WHERE x.theme_id = ANY({ids}))
            """).SingleAsync(ct);
    }
}
