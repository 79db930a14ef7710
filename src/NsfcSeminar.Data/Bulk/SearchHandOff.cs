using Microsoft.EntityFrameworkCore;

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
            var any = await db.Database.SqlQueryRaw<bool>("SELECT EXISTS (SELECT 1 FROM search_documents) AS \"Value\"").SingleAsync(ct);
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

            await (any
                ? db.Database.ExecuteSqlAsync($"SELECT search_refresh({ids})", ct)
                : db.Database.ExecuteSqlRawAsync("SELECT search_rebuild()", ct));
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
