namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// The search table and the one function that (re)builds its rows for a set of meetings. Only
/// published records are indexed, so drafts and archived records cannot leak through search;
/// <c>staff_only</c> carries the meeting's visibility for the reader filter.
/// </summary>
internal static class SearchSqlIndex
{
    public const string Table = """
        CREATE TABLE search_documents (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          meeting_id int NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          speech_id int UNIQUE REFERENCES speeches (id) ON DELETE CASCADE,
          meeting_slug varchar(120) NOT NULL,
          anchor varchar(120),
          meeting_date date NOT NULL,
          series_id int,
          -- The speech kind by name, or 'Record' for a meeting's own texts.
          kind varchar(40) NOT NULL,
          person_id int,
          organisation_id int,
          languages varchar(2)[] NOT NULL,
          -- The speech's (or meeting's) themes and all their ancestors: a filter on a theme
          -- finds what is tagged with any of its sub-themes with one array containment.
          theme_ids int[] NOT NULL,
          staff_only boolean NOT NULL,
          sort_order int NOT NULL,
          document tsvector NOT NULL
        );

        CREATE INDEX ix_search_documents_theme_ids ON search_documents USING gin (theme_ids);
        CREATE INDEX ix_search_documents_meeting_date ON search_documents (meeting_date DESC, id);
        CREATE INDEX ix_search_documents_meeting_id ON search_documents (meeting_id);
        CREATE INDEX ix_search_documents_person_id ON search_documents (person_id);
        CREATE INDEX ix_search_documents_organisation_id ON search_documents (organisation_id);

        -- Meetings whose documents must be rebuilt when the current transaction commits.
        CREATE TABLE search_pending (meeting_id int PRIMARY KEY);
        """;

    public const string Refresh = """
        CREATE FUNCTION search_refresh(meeting_ids int[]) RETURNS void
        LANGUAGE sql AS $$
          DELETE FROM search_documents WHERE meeting_id = ANY (meeting_ids);

          INSERT INTO search_documents (meeting_id, speech_id, meeting_slug, anchor, meeting_date, series_id, kind,
                                        person_id, organisation_id, languages, theme_ids, staff_only, sort_order, document)
          WITH RECURSIVE lineage (theme_id, ancestor_id) AS (
            SELECT id, id FROM reform_themes
            UNION ALL
            SELECT l.theme_id, t.parent_id FROM lineage l JOIN reform_themes t ON t.id = l.ancestor_id WHERE t.parent_id IS NOT NULL
          ),
          meeting AS (
            SELECT * FROM meetings WHERE id = ANY (meeting_ids) AND status = 'Published'
          )
          SELECT s.meeting_id, s.id, m.slug, s.anchor, m.start_date, m.series_id, s.kind,
                 s.speaker_person_id, s.speaker_organisation_id,
                 ARRAY(SELECT t.language FROM speech_texts t WHERE t.speech_id = s.id ORDER BY t.language),
                 themes.ids, m.visibility = 'StaffOnly', s.sort_order,
                 search_vector((SELECT string_agg(t.title, ' ') FROM speech_texts t WHERE t.speech_id = s.id), 'A')
                 || search_vector(concat_ws(' ', themes.names, p.name_en, p.name_zh, o.name_en, o.name_zh, o.short_name_en, o.short_name_zh), 'B')
                 || search_vector((SELECT string_agg(t.summary, ' ') FROM speech_texts t WHERE t.speech_id = s.id), 'C')
                 || search_vector((SELECT string_agg(t.body_markdown, ' ') FROM speech_texts t WHERE t.speech_id = s.id), 'D')
          FROM speeches s
          JOIN meeting m ON m.id = s.meeting_id
          LEFT JOIN people p ON p.id = s.speaker_person_id
          LEFT JOIN organisations o ON o.id = s.speaker_organisation_id
          CROSS JOIN LATERAL (
            SELECT coalesce(array_agg(DISTINCT r.id), '{}') AS ids, string_agg(concat_ws(' ', r.name_en, r.name_zh), ' ') AS names
            FROM speech_themes x JOIN lineage l ON l.theme_id = x.theme_id JOIN reform_themes r ON r.id = l.ancestor_id
            WHERE x.speech_id = s.id
          ) AS themes
          UNION ALL
          SELECT m.id, NULL, m.slug, NULL, m.start_date, m.series_id, 'Record', NULL, NULL,
                 ARRAY(SELECT t.language FROM meeting_texts t WHERE t.meeting_id = m.id ORDER BY t.language),
                 themes.ids, m.visibility = 'StaffOnly', 0,
                 search_vector((SELECT string_agg(t.title, ' ') FROM meeting_texts t WHERE t.meeting_id = m.id), 'A')
                 || search_vector(concat_ws(' ', themes.names,
                      (SELECT string_agg(t.stated_theme, ' ') FROM meeting_texts t WHERE t.meeting_id = m.id)), 'B')
                 || search_vector((SELECT string_agg(t.summary, ' ') FROM meeting_texts t WHERE t.meeting_id = m.id), 'C')
                 || search_vector((SELECT string_agg(t.minutes_markdown, ' ') FROM meeting_texts t WHERE t.meeting_id = m.id), 'D')
          FROM meeting m
          CROSS JOIN LATERAL (
            SELECT coalesce(array_agg(DISTINCT r.id), '{}') AS ids, string_agg(concat_ws(' ', r.name_en, r.name_zh), ' ') AS names
            FROM meeting_themes x JOIN lineage l ON l.theme_id = x.theme_id JOIN reform_themes r ON r.id = l.ancestor_id
            WHERE x.meeting_id = m.id
          ) AS themes;
        $$;

        -- Rebuilds everything: after a bulk load that bypassed the triggers. (It built a RUM
        -- index at the end until ADR-017 removed the SQL search; see SearchSql.)
        CREATE FUNCTION search_rebuild() RETURNS void
        LANGUAGE plpgsql AS $$
        DECLARE
          batch int[];
        BEGIN
          TRUNCATE search_documents;
          FOR batch IN SELECT array_agg(id) FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 500 AS chunk FROM meetings) AS c GROUP BY chunk LOOP
            PERFORM search_refresh(batch);
          END LOOP;
        END
        $$;
        """;
}
