using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// Tells every listening portal that search documents changed (ADR-017): whenever
/// <c>search_changes</c> notes a change, a notification on the channel <c>search_changes</c> is
/// sent when the transaction commits (never for one rolled back). PostgreSQL folds the same
/// notification of one transaction into one, so a bulk import sends one, not one per meeting.
/// </summary>
public static class SearchSqlNotices
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE FUNCTION search_notify_changes() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('search_changes', '');
              RETURN NULL;
            END
            $$;

            CREATE TRIGGER search_notify_changes AFTER INSERT OR UPDATE ON search_changes
              FOR EACH STATEMENT EXECUTE FUNCTION search_notify_changes();
            """);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS search_notify_changes ON search_changes;
            DROP FUNCTION IF EXISTS search_notify_changes();
            """);
    }
}
