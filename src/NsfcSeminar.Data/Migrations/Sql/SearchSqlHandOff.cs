using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// Lets a bulk import take the search documents of its new meetings into its own hands
/// (issue 14): while the transaction's <c>seminar.search_handed_off</c> is on, the row triggers
/// that note meetings for a refresh at commit do not fire, and the import refreshes its new
/// meetings in one statement before it commits (<see cref="Bulk.SearchHandOff"/>). A trigger's
/// <c>WHEN</c> is checked without calling its function: a million rows cost 0.05 s more with
/// it, against 17 s for a function that returns at once and 22 s for one that notes a meeting.
/// </summary>
public static class SearchSqlHandOff
{
    private const string Quiet = "WHEN (current_setting('seminar.search_handed_off', true) IS DISTINCT FROM 'on') ";

    private static readonly (string Table, string Function)[] Triggers =
    [
        ("meetings", "search_note_meeting"), ("meeting_texts", "search_note_meeting"), ("meeting_themes", "search_note_meeting"),
        ("speeches", "search_note_meeting"), ("speech_texts", "search_note_speech"), ("speech_themes", "search_note_speech"),
    ];

    /// <summary>The triggers of participations and sources came just before the hand-off and were
    /// left out of it: every meeting an import copied was noted through its participants and
    /// refreshed again, one at a time, when it committed (16 s of a 10,000-seminar import).</summary>
    private static readonly (string Table, string Function)[] Missed =
    [
        ("participations", "search_note_meeting"), ("sources", "search_note_meeting"),
    ];

    public static void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Triggers, Quiet);

    public static void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Triggers, "");

    public static void UpMissed(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Missed, Quiet);

    public static void DownMissed(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, Missed, "");

    private static void Recreate(MigrationBuilder migrationBuilder, (string Table, string Function)[] triggers, string when)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(string.Concat(triggers.Select(t => $"""
            DROP TRIGGER search_note ON {t.Table};
            CREATE TRIGGER search_note AFTER INSERT OR UPDATE OR DELETE ON {t.Table} FOR EACH ROW {when}EXECUTE FUNCTION {t.Function}();

            """)));
    }
}
