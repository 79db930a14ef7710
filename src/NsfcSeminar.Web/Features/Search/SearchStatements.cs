namespace NsfcSeminar.Web.Features.Search;

/// <summary>The SQL of a search, around the WHERE clause that <see cref="SearchConditions"/> builds.</summary>
internal static class SearchStatements
{
    /// <summary>The total and the count of every filter value among all the matches, in one
    /// pass over them; the long lists keep their twelve largest values.</summary>
    public static string Facets(string where) => $"""
        WITH m AS MATERIALIZED (
          SELECT d.kind, d.person_id, d.organisation_id, d.series_id, d.theme_ids, d.languages, d.meeting_date
          FROM search_documents d WHERE {where})
        SELECT 'total', NULL, NULL::text, NULL::text, count(*) FROM m
        UNION ALL SELECT 'kind', kind, NULL, NULL, count(*) FROM m GROUP BY kind
        UNION ALL SELECT 'language', l, NULL, NULL, count(*) FROM m, unnest(languages) AS l GROUP BY l
        UNION ALL SELECT 'year', extract(year FROM meeting_date)::int::text, NULL, NULL, count(*) FROM m GROUP BY 2
        UNION ALL SELECT 'theme', r.slug, r.name_en, r.name_zh, c.n
          FROM (SELECT t, count(*) AS n FROM m, unnest(theme_ids) AS t GROUP BY t ORDER BY n DESC LIMIT 12) c JOIN reform_themes r ON r.id = c.t
        UNION ALL SELECT 'speaker', p.slug, p.name_en, p.name_zh, c.n
          FROM (SELECT person_id, count(*) AS n FROM m WHERE person_id IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 12) c JOIN people p ON p.id = c.person_id
        UNION ALL SELECT 'organisation', o.slug, o.name_en, o.name_zh, c.n
          FROM (SELECT organisation_id, count(*) AS n FROM m WHERE organisation_id IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 12) c JOIN organisations o ON o.id = c.organisation_id
        UNION ALL SELECT 'series', s.slug, s.name_en, s.name_zh, c.n
          FROM (SELECT series_id, count(*) AS n FROM m WHERE series_id IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 12) c JOIN meeting_series s ON s.id = c.series_id
        """;

    public static string Count(string where) => $"SELECT 'total', NULL, NULL::text, NULL::text, count(*) FROM search_documents d WHERE {where}";

    /// <summary>The matches in order. Relevance is RUM's <c>&lt;=&gt;</c> alone: with a second
    /// sort key PostgreSQL can no longer read the order from the index and scores every match,
    /// reading each document (4.5 s instead of 0.3 s for 100,000 matches).</summary>
    public static string Order(string? query, SearchSort sort) => query is not null && sort == SearchSort.Relevance
        ? $"d.document <=> {query}"
        : "d.meeting_date DESC, d.id";

    /// <summary>One page of matches with what a result shows: the row (titles, no summaries or
    /// full texts) and, after it, the Markdown the snippets are cut from, English then Chinese.
    /// The snippets are made in C# from the rendered text (<see cref="Headlines"/>).</summary>
    public static string Page(string where, string order, string limit, string offset) => PageOf($"""
        SELECT d.id, d.meeting_id, d.speech_id, d.meeting_slug, d.anchor, d.meeting_date, d.kind, d.person_id, d.organisation_id, d.series_id
        FROM search_documents d WHERE {where} ORDER BY {order} LIMIT {limit} OFFSET {offset}
        """);

    /// <summary>The page of the documents the search copy found (<c>@ids</c>, in its order).</summary>
    public static string PageByIds() => PageOf(
        """
        SELECT d.id, d.meeting_id, d.speech_id, d.meeting_slug, d.anchor, d.meeting_date, d.kind, d.person_id, d.organisation_id, d.series_id
        FROM unnest(@ids::bigint[]) WITH ORDINALITY AS k (id, ordinal) JOIN search_documents d ON d.id = k.id ORDER BY k.ordinal
        """);

    /// <summary>ts_headline over the plain texts of a page's English snippets (<c>@texts</c>),
    /// with ⟦ ⟧ around matches for the page to turn into marks: PostgreSQL's own stemming
    /// decides what matched, as it did for the search.</summary>
    public static string Headlines(string query) => $"""
        SELECT ts_headline('english', u.t, {query}, 'StartSel=⟦, StopSel=⟧, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
        FROM unnest(@texts::text[]) WITH ORDINALITY AS u (t, n) ORDER BY u.n
        """;

    /// <summary>Every match, for the exports and the feed: the record's own texts in full.</summary>
    public static string Export(string where, string order, string limit) => $"""
        {RowColumns(withTexts: true)}
        FROM search_documents d
        {RowJoins}
        WHERE {where} ORDER BY {order} LIMIT {limit}
        """;

    /// <summary>The export rows of documents the search copy found (<c>@ids</c>, in its order).</summary>
    public static string ExportByIds => $"""
        {RowColumns(withTexts: true)}
        FROM unnest(@ids::bigint[]) WITH ORDINALITY AS k (id, ordinal) JOIN search_documents d ON d.id = k.id
        {RowJoins}
        ORDER BY k.ordinal
        """;

    /// <summary>The slugs and names of the records facet values name, by id.</summary>
    public const string FacetNames = """
        SELECT 'theme', id, slug, name_en, name_zh FROM reform_themes WHERE id = ANY (@theme)
        UNION ALL SELECT 'speaker', id, slug, name_en, name_zh FROM people WHERE id = ANY (@speaker)
        UNION ALL SELECT 'organisation', id, slug, name_en, name_zh FROM organisations WHERE id = ANY (@organisation)
        UNION ALL SELECT 'series', id, slug, name_en, name_zh FROM meeting_series WHERE id = ANY (@series)
        """;

    /// <summary>The <see cref="SearchRows.ColumnCount"/> columns of a row. Each language's text
    /// is the record's own: the speech's, or the seminar's for a seminar matched by its own
    /// record; a speech without a text in a language has none there, never the seminar's.</summary>
    private static string RowColumns(bool withTexts) => $"""
        SELECT d.meeting_slug, d.anchor, d.meeting_date, d.kind, me.title, mz.title,
               p.slug, p.name_en, p.name_zh, o.slug, o.name_en, o.name_zh, s.slug, s.name_en, s.name_zh,
               th.slugs, th.names_en, th.names_zh,
               en.title, en.provenance, en.translated_by, {(withTexts ? "en.summary, en.markdown" : "NULL::text, NULL::text")},
               zh.title, zh.provenance, zh.translated_by, {(withTexts ? "zh.summary, zh.markdown" : "NULL::text, NULL::text")}
        """;

    private static string RowJoins => $"""
        LEFT JOIN meeting_texts me ON me.meeting_id = d.meeting_id AND me.language = 'en'
        LEFT JOIN meeting_texts mz ON mz.meeting_id = d.meeting_id AND mz.language = 'zh'
        LEFT JOIN people p ON p.id = d.person_id
        LEFT JOIN organisations o ON o.id = d.organisation_id
        LEFT JOIN meeting_series s ON s.id = d.series_id
        LEFT JOIN LATERAL (
          SELECT array_agg(r.slug ORDER BY r.sort_order, r.id) AS slugs, array_agg(r.name_en ORDER BY r.sort_order, r.id) AS names_en,
                 array_agg(r.name_zh ORDER BY r.sort_order, r.id) AS names_zh
          FROM reform_themes r
          WHERE r.id IN (SELECT st.theme_id FROM speech_themes st WHERE st.speech_id = d.speech_id
                         UNION ALL SELECT mt.theme_id FROM meeting_themes mt WHERE d.speech_id IS NULL AND mt.meeting_id = d.meeting_id)) th ON TRUE
        {OwnText("en")}
        {OwnText("zh")}
        """;

    private static string OwnText(string language) => $"""
        LEFT JOIN LATERAL (
          SELECT t.title, t.provenance, t.translated_by, t.summary, t.body_markdown AS markdown
          FROM speech_texts t WHERE t.speech_id = d.speech_id AND t.language = '{language}'
          UNION ALL
          SELECT t.title, t.provenance, t.translated_by, t.summary, t.minutes_markdown
          FROM meeting_texts t WHERE d.speech_id IS NULL AND t.meeting_id = d.meeting_id AND t.language = '{language}') {language} ON TRUE
        """;

    private static string PageOf(string pageRows) => $"""
        WITH page AS MATERIALIZED ({pageRows}),
        numbered AS (SELECT page.*, row_number() OVER () AS ordinal FROM page)
        {RowColumns(withTexts: false)},
               CASE WHEN d.speech_id IS NULL THEN concat_ws(E'\n\n', me.stated_theme, me.summary, me.minutes_markdown) ELSE concat_ws(E'\n\n', en.summary, en.markdown) END,
               CASE WHEN d.speech_id IS NULL THEN concat_ws(E'\n\n', mz.stated_theme, mz.summary, mz.minutes_markdown) ELSE concat_ws(E'\n\n', zh.summary, zh.markdown) END
        FROM numbered d
        {RowJoins}
        ORDER BY d.ordinal
        """;
}
