namespace NsfcSeminar.Data.Migrations.Sql;

/// <summary>
/// How text becomes searchable, shared by documents and queries so that both sides cut text the
/// same way. Latin text goes through the <c>english</c> configuration (funding, funded → fund);
/// Chinese has no spaces between words, so each run of CJK characters becomes its overlapping
/// bigrams in a <c>simple</c> vector (加强基础研究 → 加强 强基 基础 础研 研究) and a Chinese query is
/// the phrase of its bigrams (基础研究 → 基础 &lt;-&gt; 础研 &lt;-&gt; 研究), which finds the word
/// inside any longer run. pg_trgm cannot do this: a two-character word has no trigram.
/// </summary>
internal static class SearchSqlFunctions
{
    public const string Text = """
        -- Linear in the text: every character but CJK becomes a space, the text an array of
        -- characters, and each character is paired with the next (lead) when both are CJK.
        -- (Indexing the array by position instead is quadratic: a text[] has no O(1) subscript.)
        CREATE FUNCTION search_cjk_bigrams(content text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
          SELECT coalesce(string_agg(c || n, ' '), '')
          FROM (SELECT c, lead(c) OVER () AS n
                FROM unnest(string_to_array(regexp_replace(content, '[^\u3400-\u9fff\uf900-\ufaff]+', ' ', 'g'), NULL)) AS c) AS pairs
          WHERE c <> ' ' AND n <> ' '
        $$;

        CREATE FUNCTION search_vector(content text, weight "char") RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT setweight(
                   to_tsvector('english', regexp_replace(coalesce(content, ''), '[\u3400-\u9fff\uf900-\ufaff]+', ' ', 'g'))
                   || to_tsvector('simple', search_cjk_bigrams(coalesce(content, ''))),
                   weight)
        $$;

        -- One word or quoted phrase of a query, in either script or both: the English words as a
        -- phrase, AND each Chinese run as the phrase of its bigrams (a single character matches
        -- any bigram it begins). Never raises on any input; may return an empty query.
        CREATE FUNCTION search_term_query(term text) RETURNS tsquery
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        DECLARE
          result tsquery := phraseto_tsquery('english', regexp_replace(term, '[\u3400-\u9fff\uf900-\ufaff]+', ' ', 'g'));
          run text;
        BEGIN
          FOR run IN SELECT m[1] FROM regexp_matches(term, '[\u3400-\u9fff\uf900-\ufaff]+', 'g') AS m LOOP
            IF char_length(run) = 1 THEN
              result := result && to_tsquery('simple', quote_literal(run) || ':*');
            ELSE
              result := result && phraseto_tsquery('simple', search_cjk_bigrams(run));
            END IF;
          END LOOP;
          RETURN result;
        END
        $$;
        """;
}
