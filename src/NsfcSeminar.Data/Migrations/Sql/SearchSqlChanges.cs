using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// Notes, per meeting, the transaction that last changed its search documents, for the portal's
/// in-process search copy to catch up with (ADR-012). Statement triggers on
/// <c>search_documents</c> see every way the documents change (the refresh at commit, a
/// cascade from a deleted meeting, a rebuild, a truncation) without touching the functions that write them.
/// </summary>
public static class SearchSqlChanges
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE search_changes (
              meeting_id int PRIMARY KEY,
              changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
            );
            CREATE INDEX ix_search_changes_changed_xid ON search_changes (changed_xid);

            CREATE FUNCTION search_note_changes() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO search_changes (meeting_id)
              SELECT DISTINCT meeting_id FROM changed ORDER BY meeting_id
              ON CONFLICT (meeting_id) DO UPDATE SET changed_xid = pg_current_xact_id();
              RETURN NULL;
            END
            $$;

            -- Emptied wholesale (a reset, a rebuild): meeting 0 stands for every meeting.
            CREATE FUNCTION search_note_emptied() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO search_changes (meeting_id) VALUES (0)
              ON CONFLICT (meeting_id) DO UPDATE SET changed_xid = pg_current_xact_id();
              RETURN NULL;
            END
            $$;

            CREATE TRIGGER search_note_emptied AFTER TRUNCATE ON search_documents
              FOR EACH STATEMENT EXECUTE FUNCTION search_note_emptied();
            CREATE TRIGGER search_note_added AFTER INSERT ON search_documents
              REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_note_changes();
            CREATE TRIGGER search_note_removed AFTER DELETE ON search_documents
              REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_note_changes();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS search_note_emptied ON search_documents;
            DROP TRIGGER IF EXISTS search_note_removed ON search_documents;
            DROP TRIGGER IF EXISTS search_note_added ON search_documents;
            DROP FUNCTION IF EXISTS search_note_changes();
            DROP FUNCTION IF EXISTS search_note_emptied();
            DROP TABLE IF EXISTS search_changes;
            """);
    }
}
