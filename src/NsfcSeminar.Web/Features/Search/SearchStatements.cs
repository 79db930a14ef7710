using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>The SQL of a search: only reading back, by id, the rows of what the copy found
/// (ADR-017). Matching, order, filters, counts and snippets are the copy's.</summary>
internal static class SearchStatements
{
    /// <summary>The page of the documents the search copy found (<c>@ids</c>, in its order): the
    /// row (titles, no summaries or full texts), then the Markdown the snippets are cut from,
    /// English then Chinese, and, on the first row, the names of the facet values the copy
    /// counted (<see cref="FacetNames"/>), so that a page is one statement.</summary>
    public static readonly string PageByIds = PageOf(
        """
        SELECT d.id, d.meeting_id, d.speech_id, d.meeting_slug, d.anchor, d.meeting_date, d.kind, d.person_id, d.organisation_id, d.series_id
        FROM unnest(@ids::bigint[]) WITH ORDINALITY AS k (id, ordinal) JOIN search_documents d ON d.id = k.id ORDER BY k.ordinal
        """);

    /// <summary>The export rows of documents the search copy found (<c>@ids</c>, in its order).</summary>
    public static string ExportByIds => $"""
        {RowColumns(withTexts: true)},
               s.slug, s.name_en, s.name_zh, th.slugs, th.names_en, th.names_zh
        FROM unnest(@ids::bigint[]) WITH ORDINALITY AS k (id, ordinal) JOIN search_documents d ON d.id = k.id
        {RowJoins}
        {FilingJoins}
        ORDER BY k.ordinal
        """;

    /// <summary>The slugs and names of the records facet values name, by id, as one JSON array
    /// of [facet, id, slug, name_en, name_zh].</summary>
    private const string FacetNames = """
        SELECT json_agg(json_build_array(n.facet, n.id, n.slug, n.name_en, n.name_zh)) FROM (
          SELECT 'theme' AS facet, id, slug, name_en, name_zh FROM reform_themes WHERE id = ANY (@theme)
          UNION ALL SELECT 'speaker', id, slug, name_en, name_zh FROM people WHERE id = ANY (@speaker)
          UNION ALL SELECT 'organisation', id, slug, name_en, name_zh FROM organisations WHERE id = ANY (@organisation)
          UNION ALL SELECT 'series', id, slug, name_en, name_zh FROM meeting_series WHERE id = ANY (@series)) n
        """;

    /// <summary>The <see cref="SearchRows.ColumnCount"/> columns of a row. Each language's text
    /// is the record's own: the speech's, or the seminar's for a seminar matched by its own
    /// record; a speech without a text in a language has none there, never the seminar's.</summary>
    private static string RowColumns(bool withTexts) => $"""
        SELECT d.meeting_slug, d.anchor, d.meeting_date, d.kind, me.title, mz.title,
               p.slug, p.name_en, p.name_zh, o.slug, o.name_en, o.name_zh,
               en.title, en.provenance, en.translated_by, {(withTexts ? "en.summary, en.markdown" : "NULL::text, NULL::text")},
               zh.title, zh.provenance, zh.translated_by, {(withTexts ? "zh.summary, zh.markdown" : "NULL::text, NULL::text")}
        """;

    private static string RowJoins => $"""
        LEFT JOIN meeting_texts me ON me.meeting_id = d.meeting_id AND me.language = 'en'
        LEFT JOIN meeting_texts mz ON mz.meeting_id = d.meeting_id AND mz.language = 'zh'
        LEFT JOIN people p ON p.id = d.person_id
        LEFT JOIN organisations o ON o.id = d.organisation_id
        {OwnText(Language.En)}
        {OwnText(Language.Zh)}
        """;

    /// <summary>The series and themes a row is filed under, which only the exports show: the
    /// page shows neither and does not read them.</summary>
    private static string FilingJoins => """
        LEFT JOIN meeting_series s ON s.id = d.series_id
        LEFT JOIN LATERAL (
          SELECT array_agg(r.slug ORDER BY r.sort_order, r.id) AS slugs, array_agg(r.name_en ORDER BY r.sort_order, r.id) AS names_en,
                 array_agg(r.name_zh ORDER BY r.sort_order, r.id) AS names_zh
          FROM reform_themes r
          WHERE r.id IN (SELECT st.theme_id FROM speech_themes st WHERE st.speech_id = d.speech_id
                         UNION ALL SELECT mt.theme_id FROM meeting_themes mt WHERE d.speech_id IS NULL AND mt.meeting_id = d.meeting_id)) th ON TRUE
        """;

    private static string OwnText(Language language) => $"""
        LEFT JOIN LATERAL (
          SELECT t.title, t.provenance, t.translated_by, t.summary, t.body_markdown AS markdown
          FROM speech_texts t WHERE t.speech_id = d.speech_id AND t.language = '{language.Code()}'
          UNION ALL
          SELECT t.title, t.provenance, t.translated_by, t.summary, t.minutes_markdown
          FROM meeting_texts t WHERE d.speech_id IS NULL AND t.meeting_id = d.meeting_id AND t.language = '{language.Code()}') {language.Code()} ON TRUE
        """;

    private static string PageOf(string pageRows) => $"""
        WITH page AS MATERIALIZED ({pageRows}),
        numbered AS (SELECT page.*, row_number() OVER () AS ordinal FROM page)
        {RowColumns(withTexts: false)},
               CASE WHEN d.speech_id IS NULL THEN concat_ws(E'\n\n', me.stated_theme, me.summary, me.minutes_markdown) ELSE concat_ws(E'\n\n', en.summary, en.markdown) END,
               CASE WHEN d.speech_id IS NULL THEN concat_ws(E'\n\n', mz.stated_theme, mz.summary, mz.minutes_markdown) ELSE concat_ws(E'\n\n', zh.summary, zh.markdown) END,
               CASE WHEN d.ordinal = 1 THEN ({FacetNames}) END
        FROM numbered d
        {RowJoins}
        ORDER BY d.ordinal
        """;
}
