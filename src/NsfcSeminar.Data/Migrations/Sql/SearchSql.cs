using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// The full-text search index: one row per published speech and one per published meeting record
/// (titles, stated theme, summary, minutes) in <c>search_documents</c>, kept up to date by
/// triggers so that whatever an editor or an import saves is searchable when it commits.
/// Hand-written because EF Core cannot express tsvector functions or triggers; the search
/// migration calls <see cref="Create"/> and <see cref="Drop"/>. It no longer creates the RUM
/// extension or index (ADR-009), so that a fresh database needs nothing beyond PostgreSQL and
/// its contrib modules: the OneSearchEngine migration removes the SQL search altogether and
/// drops RUM where an older run created it (ADR-017).
/// </summary>
public static class SearchSql
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(SearchSqlFunctions.Text);
        migrationBuilder.Sql(SearchSqlIndex.Table);
        migrationBuilder.Sql(SearchSqlIndex.Refresh);
        migrationBuilder.Sql(SearchSqlTriggers.Text);
        migrationBuilder.Sql("SELECT search_rebuild();");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(SearchSqlTriggers.Drop);
        migrationBuilder.Sql("""
            DROP TABLE IF EXISTS search_pending;
            DROP TABLE IF EXISTS search_documents;
            DROP FUNCTION IF EXISTS search_rebuild();
            DROP FUNCTION IF EXISTS search_refresh(int[]);
            DROP FUNCTION IF EXISTS search_term_query(text);
            DROP FUNCTION IF EXISTS search_vector(text, "char");
            DROP FUNCTION IF EXISTS search_cjk_bigrams(text);
            DROP EXTENSION IF EXISTS rum;
            """);
    }
}
