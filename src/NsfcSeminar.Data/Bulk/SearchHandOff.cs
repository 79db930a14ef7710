using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>
/// How a bulk import hands the search documents of its new meetings over in one piece, instead
/// of one refresh a meeting when it commits: the row triggers stay quiet while new rows are
/// copied (<see cref="Migrations.Sql.SearchSqlHandOff"/>), and before the commit one statement
/// builds the documents of every new meeting. The search copy then catches up with them at
/// once (or rebuilds, when they are many), as after any change that commits.
/// </summary>
public static class SearchHandOff
{
    /// <summary>From this many new meetings on, the tables are analysed before the hand-off.</summary>
    public const int AnalyseFrom = 200;

    /// <summary>The columns search_refresh (migration SearchSqlRefreshJoined) finds and joins rows
    /// by, in the tables it reads: the other columns, texts most of all, do not shape its plan.</summary>
    private const string AnalyseWhatRefreshReads = """
        ANALYZE meetings (id), meeting_texts (meeting_id), meeting_themes (meeting_id, theme_id), speeches (id, meeting_id),
          speech_texts (speech_id), speech_themes (speech_id, theme_id), reform_themes (id, parent_id)
        """;

    /// <summary>Runs <paramref name="write"/> with the search triggers quiet: whatever it writes
    /// is the caller's to hand over (<see cref="HandOverAsync"/>) before the transaction commits.</summary>
    public static async Task QuietlyAsync(DbContext db, Func<Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        await db.Database.ExecuteSqlRawAsync("SELECT set_config('seminar.search_handed_off', 'on', true)", ct);
        await write();
        await db.Database.ExecuteSqlRawAsync("SELECT set_config('seminar.search_handed_off', 'off', true)", ct);
    }

    /// <summary>Builds the search documents of the meetings written quietly. Into an archive
    /// without any, it rebuilds them all at once (which also builds the index once, not row by
    /// row); otherwise it refreshes those meetings in one statement.</summary>
    public static async Task HandOverAsync(DbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(meetingIds);
        if (meetingIds.Count == 0)
        {
            return;
        }

        var ids = meetingIds.ToArray();
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        try
        {
            // Two statements: search_rebuild empties the table, which a query reading it forbids.
            var way = await db.Database.SqlQuery<string>($"""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM search_documents) THEN 'refresh'
                            WHEN (SELECT count(*) FROM meetings) = {ids.Length} THEN 'rebuild-new'
                            ELSE 'rebuild' END AS "Value"
                """).SingleAsync(ct);
            if (ids.Length >= AnalyseFrom)
            {
                // The rows this transaction copied are invisible to autovacuum, so the planner
                // still takes the tables for as empty as when they were last analysed and walks
                // them once a meeting: an import of 10,000 seminars into an empty archive spent
                // over ten minutes here. ANALYZE, inside the transaction, samples them as they are:
                // only the tables search_refresh reads (not the revisions and audit lines it never
                // reads, nor the documents it replaces), and in them only the keys it goes by, which
                // spares reading the sampled texts. A column list leaves the tables' counts of
                // changed rows as they are, so autovacuum analyses them whole once the import commits.
                await db.Database.ExecuteSqlRawAsync(AnalyseWhatRefreshReads, ct);
            }

            await (way switch
            {
                "refresh" => db.Database.ExecuteSqlAsync($"SELECT search_refresh({ids})", ct),
                "rebuild-new" => RebuildUntriggeredAsync(db, ids.Length, ct),
                _ => db.Database.ExecuteSqlRawAsync("SELECT search_rebuild()", ct),
            });
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    /// <summary>What <c>search_note_emptied</c> notes when <c>search_rebuild</c> empties the
    /// documents with the triggers on: every meeting changed (0), so every copy rebuilds.</summary>
    private const string NoteEveryMeetingChanged =
        "INSERT INTO search_changes (meeting_id) VALUES (0) ON CONFLICT (meeting_id) DO UPDATE SET changed_xid = pg_current_xact_id()";

    /// <summary>Every meeting of the archive is the import's own, so no one else can see or delete
    /// them, and each document is made from them in the statement that writes it: the documents'
    /// foreign-key checks (one query a document and key, some 2.7 s of 6 at 10,000 seminars) and
    /// their notes of each changed meeting can be skipped where the role may
    /// (<see cref="UntriggeredCopy"/>). The one note that every meeting changed is then written
    /// with the triggers on, so the copies are told as they are of any change. A meeting another
    /// writer committed in between would have documents without those checks and locks (each
    /// meeting has its record's document, so they show as one meeting too many): the documents are
    /// then built again with the triggers on.</summary>
    private static async Task RebuildUntriggeredAsync(DbContext db, int importedMeetings, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var untriggered = await UntriggeredCopy.EnterAsync(connection, ct);
        await db.Database.ExecuteSqlRawAsync("SELECT search_rebuild()", ct);
        if (!untriggered)
        {
            return;
        }

        await UntriggeredCopy.LeaveAsync(connection, announce: false, ct);
        var documented = await db.Database.SqlQueryRaw<long>("SELECT count(DISTINCT meeting_id) AS \"Value\" FROM search_documents").SingleAsync(ct);
        await db.Database.ExecuteSqlRawAsync(documented == importedMeetings ? NoteEveryMeetingChanged : "SELECT search_rebuild()", ct);
    }
}
