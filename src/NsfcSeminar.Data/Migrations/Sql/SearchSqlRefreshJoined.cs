using Microsoft.EntityFrameworkCore.Migrations;

namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// <c>search_refresh</c> builds the same documents, but reads each speech's languages and themes
/// in one join over all the meetings asked for rather than two small queries a speech (issue 14):
/// an import's hand-off (<c>search_rebuild</c>, 500 meetings a call) spent most of its time
/// running those 40 times per meeting. One meeting's refresh still starts from its speeches by key.
/// </summary>
public static class SearchSqlRefreshJoined
{
    public static void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(Refresh);
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP FUNCTION search_refresh(int[]);");
        migrationBuilder.Sql(SearchSqlOneEngine.Refresh);
    }

    /// <summary>A speech or meeting without texts or themes gets an empty array, as before.</summary>
    private const string Refresh = $$$"""
        CREATE OR REPLACE FUNCTION search_refresh(meeting_ids int[]) RETURNS void
        LANGUAGE sql AS $$
          {{{SearchSqlOneEngine.ReplaceDocumentsWithThemeLineage}}}
          meeting AS (SELECT * FROM meetings WHERE id = ANY (meeting_ids)),
          speech AS (SELECT s.* FROM speeches s JOIN meeting m ON m.id = s.meeting_id),
          speech_languages AS (
            SELECT t.speech_id, array_agg(t.language ORDER BY t.language) AS languages
            FROM speech_texts t JOIN speech s ON s.id = t.speech_id GROUP BY t.speech_id
          ),
          speech_theme_ids AS (
            SELECT x.speech_id, array_agg(DISTINCT l.ancestor_id ORDER BY l.ancestor_id) AS theme_ids
            FROM speech_themes x JOIN speech s ON s.id = x.speech_id JOIN lineage l ON l.theme_id = x.theme_id
            GROUP BY x.speech_id
          ),
          meeting_languages AS (
            SELECT t.meeting_id, array_agg(t.language ORDER BY t.language) AS languages
            FROM meeting_texts t JOIN meeting m ON m.id = t.meeting_id GROUP BY t.meeting_id
          ),
          meeting_theme_ids AS (
            SELECT x.meeting_id, array_agg(DISTINCT l.ancestor_id ORDER BY l.ancestor_id) AS theme_ids
            FROM meeting_themes x JOIN meeting m ON m.id = x.meeting_id JOIN lineage l ON l.theme_id = x.theme_id
            GROUP BY x.meeting_id
          )
          SELECT s.meeting_id, s.id, m.slug, s.anchor, m.start_date, m.series_id, s.kind,
                 s.speaker_person_id, s.speaker_organisation_id,
                 coalesce(sl.languages, '{}'), coalesce(st.theme_ids, '{}'),
                 m.status, m.visibility, s.sort_order
          FROM speech s
          JOIN meeting m ON m.id = s.meeting_id
          LEFT JOIN speech_languages sl ON sl.speech_id = s.id
          LEFT JOIN speech_theme_ids st ON st.speech_id = s.id
          UNION ALL
          SELECT m.id, NULL, m.slug, NULL, m.start_date, m.series_id, 'Record', NULL, NULL,
                 coalesce(ml.languages, '{}'), coalesce(mt.theme_ids, '{}'),
                 m.status, m.visibility, 0
          FROM meeting m
          LEFT JOIN meeting_languages ml ON ml.meeting_id = m.id
          LEFT JOIN meeting_theme_ids mt ON mt.meeting_id = m.id;
        $$;
        """;
}
