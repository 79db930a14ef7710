using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NsfcSeminar.Data.Migrations
{
    /// <summary>
    /// Drops the indexes of <c>search_documents</c> that served the SQL search (ADR-009) and that
    /// nothing has read since the in-process copy took the matching, filters and order over
    /// (ADR-017): on themes (GIN), on date, on person and on organisation. The copy reads the
    /// documents whole or by meeting, a search reads its page back by id; those indexes stay. Every
    /// refresh maintained the dropped four, and an import's hand-off most of all (issue 14): at
    /// 2,000 seminars, 42,000 documents, 4.1–4.5 s with them and 3.1–4.0 s without.
    /// </summary>
    public partial class SearchDocumentsWithoutUnusedIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_search_documents_theme_ids;
                DROP INDEX ix_search_documents_meeting_date;
                DROP INDEX ix_search_documents_person_id;
                DROP INDEX ix_search_documents_organisation_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_search_documents_theme_ids ON search_documents USING gin (theme_ids);
                CREATE INDEX ix_search_documents_meeting_date ON search_documents (meeting_date DESC, id);
                CREATE INDEX ix_search_documents_person_id ON search_documents (person_id);
                CREATE INDEX ix_search_documents_organisation_id ON search_documents (organisation_id);
                """);
        }
    }
}
