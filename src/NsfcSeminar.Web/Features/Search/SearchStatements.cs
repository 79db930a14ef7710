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

    /// <summary>One page of matches with what a result shows. The English snippet comes from
    /// ts_headline, run on this page only, with ⟦ ⟧ around matches (stripped from the text
    /// first) for the page to turn into marks; the Chinese text is cut around matches in C#.</summary>
    public static string Page(string where, string order, string? query, string limit, string offset) => PageOf($"""
        SELECT d.id, d.meeting_id, d.speech_id, d.meeting_slug, d.anchor, d.meeting_date, d.kind, d.person_id, d.organisation_id
        FROM search_documents d WHERE {where} ORDER BY {order} LIMIT {limit} OFFSET {offset}
        """, query);

    /// <summary>The page of the documents the search copy found (<c>@ids</c>, in its order).</summary>
    public static string PageByIds(string? query) => PageOf(
        """
        SELECT d.id, d.meeting_id, d.speech_id, d.meeting_slug, d.anchor, d.meeting_date, d.kind, d.person_id, d.organisation_id
        FROM unnest(@ids::bigint[]) WITH ORDINALITY AS k (id, ordinal) JOIN search_documents d ON d.id = k.id ORDER BY k.ordinal
        """, query);

    /// <summary>Every match, for the exports and the feed: no snippets, titles in both languages.</summary>
    public static string Export(string where, string order, string limit) => $"""
        {ExportColumns}
        FROM search_documents d
        {RowJoins}
        WHERE {where} ORDER BY {order} LIMIT {limit}
        """;

    /// <summary>The export rows of documents the search copy found (<c>@ids</c>, in its order).</summary>
    public const string ExportByIds = $"""
        {ExportColumns}
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

    private const string ExportColumns = """
        SELECT d.meeting_slug, d.anchor, d.meeting_date, d.kind,
               coalesce(se.title, me.title), coalesce(sz.title, mz.title), me.title, mz.title,
               p.slug, p.name_en, p.name_zh, o.slug, o.name_en, o.name_zh,
               coalesce(se.summary, me.summary), coalesce(sz.summary, mz.summary)
        """;

    private const string RowJoins = """
        LEFT JOIN meeting_texts me ON me.meeting_id = d.meeting_id AND me.language = 'en'
        LEFT JOIN meeting_texts mz ON mz.meeting_id = d.meeting_id AND mz.language = 'zh'
        LEFT JOIN speech_texts se ON se.speech_id = d.speech_id AND se.language = 'en'
        LEFT JOIN speech_texts sz ON sz.speech_id = d.speech_id AND sz.language = 'zh'
        LEFT JOIN people p ON p.id = d.person_id
        LEFT JOIN organisations o ON o.id = d.organisation_id
        """;

    private static string PageOf(string pageRows, string? query) => $"""
        WITH page AS MATERIALIZED ({pageRows}),
        numbered AS (SELECT page.*, row_number() OVER () AS ordinal FROM page)
        SELECT d.meeting_slug, d.anchor, d.meeting_date, d.kind,
               coalesce(se.title, me.title), coalesce(sz.title, mz.title), me.title, mz.title,
               p.slug, p.name_en, p.name_zh, o.slug, o.name_en, o.name_zh,
               {Headline(query, "translate(texts.en, '⟦⟧', '')")}, left(texts.zh, 4000)
        FROM numbered d
        {RowJoins}
        CROSS JOIN LATERAL (SELECT
          CASE WHEN d.speech_id IS NULL THEN concat_ws(' ', me.stated_theme, me.summary, me.minutes_markdown) ELSE concat_ws(' ', se.summary, se.body_markdown) END AS en,
          CASE WHEN d.speech_id IS NULL THEN concat_ws(' ', mz.stated_theme, mz.summary, mz.minutes_markdown) ELSE concat_ws(' ', sz.summary, sz.body_markdown) END AS zh) AS texts
        ORDER BY d.ordinal
        """;

    private static string Headline(string? query, string text) => query is null
        ? $"left({text}, 300)"
        : $"ts_headline('english', {text}, {query}, 'StartSel=⟦, StopSel=⟧, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"')";
}
