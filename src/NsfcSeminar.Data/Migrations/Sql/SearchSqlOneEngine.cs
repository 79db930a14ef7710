using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// Removes the SQL half of search (ADR-017): the in-process Lucene copy matches, ranks, counts
/// and marks snippets, so <c>search_documents</c> keeps only what the copy is built from and
/// what a page of results shows. The tsvector column, its functions, the RUM index and extension
/// and <c>search_term_query</c> go. Visibility is no longer decided here: every meeting's
/// documents carry its status and visibility, and <c>ReaderAccess</c> (the one rule, ADR-013)
/// decides who may see them when the copy stores them.
/// </summary>
public static class SearchSqlOneEngine
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_search_documents_document;
            ALTER TABLE search_documents DROP COLUMN document, DROP COLUMN staff_only,
              ADD COLUMN status varchar(20) NOT NULL DEFAULT 'Published',
              ADD COLUMN visibility varchar(20) NOT NULL DEFAULT 'Public';
            ALTER TABLE search_documents ALTER COLUMN status DROP DEFAULT, ALTER COLUMN visibility DROP DEFAULT;
            DROP FUNCTION search_term_query(text);
            DROP FUNCTION search_vector(text, "char");
            DROP FUNCTION search_cjk_bigrams(text);
            DROP EXTENSION IF EXISTS rum;
            DROP FUNCTION search_refresh(int[]);
            """);
        migrationBuilder.Sql(Refresh);
        migrationBuilder.Sql("SELECT search_rebuild();");
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            DROP FUNCTION search_rebuild();
            DROP FUNCTION search_refresh(int[]);
            ALTER TABLE search_documents DROP COLUMN status, DROP COLUMN visibility,
              ADD COLUMN staff_only boolean NOT NULL DEFAULT FALSE,
              ADD COLUMN document tsvector NOT NULL DEFAULT '';
            """);
        migrationBuilder.Sql(SearchSqlFunctions.Text);
        migrationBuilder.Sql(SearchSqlIndex.Refresh);
        migrationBuilder.Sql("SELECT search_rebuild();");
    }

    /// <summary>The documents of every meeting, whatever its status: titles and names for the
    /// rows a page shows, and the filters; the texts are read by the copy from the records.</summary>
    internal const string Refresh = $$$"""
        CREATE FUNCTION search_refresh(meeting_ids int[]) RETURNS void
        LANGUAGE sql AS $$
          {{{ReplaceDocumentsWithThemeLineage}}}
          meeting AS (
            SELECT * FROM meetings WHERE id = ANY (meeting_ids)
          )
          SELECT s.meeting_id, s.id, m.slug, s.anchor, m.start_date, m.series_id, s.kind,
                 s.speaker_person_id, s.speaker_organisation_id,
                 ARRAY(SELECT t.language FROM speech_texts t WHERE t.speech_id = s.id ORDER BY t.language),
                 ARRAY(SELECT DISTINCT l.ancestor_id FROM speech_themes x JOIN lineage l ON l.theme_id = x.theme_id WHERE x.speech_id = s.id ORDER BY 1),
                 m.status, m.visibility, s.sort_order
          FROM speeches s
          JOIN meeting m ON m.id = s.meeting_id
          UNION ALL
          SELECT m.id, NULL, m.slug, NULL, m.start_date, m.series_id, 'Record', NULL, NULL,
                 ARRAY(SELECT t.language FROM meeting_texts t WHERE t.meeting_id = m.id ORDER BY t.language),
                 ARRAY(SELECT DISTINCT l.ancestor_id FROM meeting_themes x JOIN lineage l ON l.theme_id = x.theme_id WHERE x.meeting_id = m.id ORDER BY 1),
                 m.status, m.visibility, 0
          FROM meeting m;
        $$;
        """;

    /// <summary>How <c>search_refresh</c> begins, in each of its versions: the meetings' old
    /// documents go, and every theme is paired with itself and each of its ancestors.</summary>
    internal const string ReplaceDocumentsWithThemeLineage = """
        DELETE FROM search_documents WHERE meeting_id = ANY (meeting_ids);

        INSERT INTO search_documents (meeting_id, speech_id, meeting_slug, anchor, meeting_date, series_id, kind,
                                      person_id, organisation_id, languages, theme_ids, status, visibility, sort_order)
        WITH RECURSIVE lineage (theme_id, ancestor_id) AS (
          SELECT id, id FROM reform_themes
          UNION ALL
          SELECT l.theme_id, t.parent_id FROM lineage l JOIN reform_themes t ON t.id = l.ancestor_id WHERE t.parent_id IS NOT NULL
        ),
        """;
}
