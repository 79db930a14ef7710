using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// Tells every listening portal which records changed, when the change commits, so that each
/// evicts the cached pages that show them (ADR-019). One statement trigger per table and event
/// (a bulk COPY sends one notification, not one a row) on channel <c>archive_changes</c>: the
/// payload is <c>m:</c> and the ids of the meetings whose rows changed (<c>n:</c> when their own
/// facts or titles changed, which other meetings' pages name), or <c>*</c> when the
/// change can show on pages of many meetings (a person, an organisation, a theme, a series, a
/// group, a document) or the ids are too many for one notification.
/// </summary>
public static class ArchiveSqlNotices
{
    /// <summary>The channel the notifications are sent on.</summary>
    public const string Channel = "archive_changes";

    /// <summary>The payload that says anything may have changed.</summary>
    public const string Everything = "*";

    /// <summary>Tables whose rows belong to one meeting, and the column naming it; speech rows
    /// name their speech, whose meeting is looked up.</summary>
    private static readonly (string Table, string Column, string Prefix)[] MeetingRows =
    [
        ("meetings", "id", "n"), ("meeting_texts", "meeting_id", "n"), ("meeting_themes", "meeting_id", "m"),
        ("meeting_sessions", "meeting_id", "m"), ("meeting_citations", "meeting_id", "m"), ("participations", "meeting_id", "m"),
        ("speeches", "meeting_id", "m"), ("sources", "meeting_id", "m"), ("speech_texts", "speech_id", "m"), ("speech_themes", "speech_id", "m"),
    ];

    private static readonly string[] SharedRows =
    [
        "people", "organisations", "reform_themes", "meeting_series", "attendee_groups",
        "attendee_group_organisations", "archived_copies", "cited_documents",
    ];

    /// <summary>Every table whose change is announced: what readers' pages show.</summary>
    public static IReadOnlySet<string> Tables { get; } = MeetingRows.Select(t => t.Table).Concat(SharedRows).ToHashSet(StringComparer.Ordinal);

    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MeetingsFunction("CREATE", JoinedLookup) + $"""

            CREATE FUNCTION archive_notify_all() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('{Channel}', '{Everything}');
              RETURN NULL;
            END
            $$;

            """ + string.Concat(MeetingRows.Select(t => $"""
            CREATE TRIGGER archive_notify_added AFTER INSERT ON {t.Table}
              REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION archive_notify_meetings('{t.Column}', '{t.Prefix}');
            CREATE TRIGGER archive_notify_changed AFTER UPDATE ON {t.Table}
              REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION archive_notify_meetings('{t.Column}', '{t.Prefix}');
            CREATE TRIGGER archive_notify_removed AFTER DELETE ON {t.Table}
              REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION archive_notify_meetings('{t.Column}', '{t.Prefix}');
            CREATE TRIGGER archive_notify_emptied AFTER TRUNCATE ON {t.Table}
              FOR EACH STATEMENT EXECUTE FUNCTION archive_notify_all();

            """)) + string.Concat(SharedRows.Select(table => $"""
            CREATE TRIGGER archive_notify_all AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
              FOR EACH STATEMENT EXECUTE FUNCTION archive_notify_all();

            """)));
    }

    /// <summary>The meetings of changed speech rows, by a join: planned once a session, for as few
    /// speeches as it first saw, the plan then hashed the whole table on every statement (an
    /// import's own rows are never analysed before it commits: 54 ms a COPY at 200,000 speeches).</summary>
    private const string JoinedLookup = """
              SELECT string_agg(DISTINCT s.meeting_id::text, ','), bool_or(s.id IS NULL) INTO ids, unknown
                FROM changed c LEFT JOIN speeches s ON s.id = c.speech_id;
        """;

    /// <summary>The same, each speech looked up by its key, whatever the planner takes the table
    /// for (7 ms a COPY of 4,000 rows at 200,000 speeches); OFFSET 0 looks each up once, not once
    /// an aggregate.</summary>
    private const string KeyedLookup = """
              SELECT string_agg(DISTINCT meeting_id::text, ','), bool_or(meeting_id IS NULL) INTO ids, unknown
                FROM (SELECT (SELECT s.meeting_id FROM speeches s WHERE s.id = c.speech_id) AS meeting_id FROM changed c OFFSET 0) AS looked_up;
        """;

    /// <summary>Speech rows' meetings looked up by key (issue 14).</summary>
    public static void LookUpSpeechesByKey(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MeetingsFunction("CREATE OR REPLACE", KeyedLookup));
    }

    public static void LookUpSpeechesByJoin(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(MeetingsFunction("CREATE OR REPLACE", JoinedLookup));
    }

    private static string MeetingsFunction(string create, string speechLookup) => $$"""
        {{create}} FUNCTION archive_notify_meetings() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
          ids text;
          unknown boolean;
        BEGIN
          IF TG_ARGV[0] = 'speech_id' THEN
        {{speechLookup}}
          ELSE
            EXECUTE format('SELECT string_agg(DISTINCT %1$I::text, '',''), bool_or(%1$I IS NULL) FROM changed', TG_ARGV[0])
            INTO ids, unknown;
          END IF;
          IF unknown OR length(ids) > 7000 THEN
            PERFORM pg_notify('{{Channel}}', '{{Everything}}');
          ELSIF ids IS NOT NULL THEN
            PERFORM pg_notify('{{Channel}}', TG_ARGV[1] || ':' || ids);
          END IF;
          RETURN NULL;
        END
        $$;
        """;

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(string.Concat(MeetingRows.Select(t => $"""
            DROP TRIGGER IF EXISTS archive_notify_added ON {t.Table};
            DROP TRIGGER IF EXISTS archive_notify_changed ON {t.Table};
            DROP TRIGGER IF EXISTS archive_notify_removed ON {t.Table};
            DROP TRIGGER IF EXISTS archive_notify_emptied ON {t.Table};

            """)) + string.Concat(SharedRows.Select(table => $"""
            DROP TRIGGER IF EXISTS archive_notify_all ON {table};

            """)) + """
            DROP FUNCTION IF EXISTS archive_notify_meetings();
            DROP FUNCTION IF EXISTS archive_notify_all();
            """);
    }
}
