using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// The words of a search as a Lucene query: every group must match (a group is terms joined by
/// OR), no excluded term may; a term's other words are a phrase and each of its Chinese runs
/// must occur (a single character matches any piece it begins). A match in a title scores more
/// than one in the body. <see cref="SearchPlan"/> adds the filters.
/// </summary>
internal static partial class CopyQuery
{
    private const float TitleBoost = 2f;

    /// <summary>The words of the query, or null when none is searchable (only stop words).</summary>
    public static (Query Match, Query Boost)? Words(SearchQuery query, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = new BooleanQuery();
        var boost = new BooleanQuery();
        foreach (var group in query.Groups)
        {
            var either = new BooleanQuery();
            foreach (var term in group)
            {
                if (Term(term.Text, CopyFields.Text, CopyFields.TextChinese, analyzer) is { } text)
                {
                    either.Add(text, Occur.SHOULD);
                    boost.Add(Term(term.Text, CopyFields.Title, CopyFields.TitleChinese, analyzer)!, Occur.SHOULD);
                }
            }

            if (either.Clauses.Count > 0)
            {
                match.Add(either.Clauses.Count == 1 ? either.Clauses[0].Query : either, Occur.MUST);
            }
        }

        if (match.Clauses.Count == 0)
        {
            return null;
        }

        foreach (var term in query.Excluded)
        {
            if (Term(term.Text, CopyFields.Text, CopyFields.TextChinese, analyzer) is { } text)
            {
                match.Add(text, Occur.MUST_NOT);
            }
        }

        boost.Boost = TitleBoost;
        return (match, boost);
    }

    /// <summary>Every positive term as the highlighter marks it in a snippet: the words in the
    /// text field, each Chinese run as bigrams (the four-character field has no offsets to mark).</summary>
    public static Query Marked(SearchQuery query, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(query);
        var marked = new BooleanQuery();
        foreach (var term in query.Groups.SelectMany(g => g))
        {
            if (Term(term.Text, CopyFields.Text, CopyFields.TitleChinese, analyzer) is { } text)
            {
                marked.Add(text, Occur.SHOULD);
            }
        }

        return marked;
    }

    /// <summary>One typed term: its other words as a phrase, and each Chinese run.</summary>
    private static Query? Term(string text, string field, string chineseField, Analyzer analyzer)
    {
        var parts = new List<Query>();
        if (Phrase(ChineseRuns().Replace(text, " "), field, analyzer) is { } words)
        {
            parts.Add(words);
        }

        parts.AddRange(ChineseRuns().Matches(text).Select(run => Chinese(run.Value, chineseField)));
        if (parts.Count <= 1)
        {
            return parts.FirstOrDefault();
        }

        var all = new BooleanQuery();
        foreach (var part in parts)
        {
            all.Add(part, Occur.MUST);
        }

        return all;
    }

    /// <summary>A run of ideographs: one character begins a bigram; four in the body are a
    /// <see cref="FourCharacterQuery"/> (a title has only bigrams); any other length is the
    /// phrase of its bigrams.</summary>
    private static Query Chinese(string run, string field) => run.Length switch
    {
        1 => new PrefixQuery(new Term(field, run)),
        2 => new TermQuery(new Term(field, run)),
        4 when field == CopyFields.TextChinese => new FourCharacterQuery(run),
        _ => Bigrams(run, field),
    };

    /// <summary>The phrase of a run's overlapping bigrams in <paramref name="field"/>.</summary>
    internal static PhraseQuery Bigrams(string run, string field)
    {
        ArgumentNullException.ThrowIfNull(run);
        var phrase = new PhraseQuery();
        for (var offset = 0; offset < run.Length - 1; offset++)
        {
            phrase.Add(new Term(field, run.Substring(offset, 2)), offset);
        }

        return phrase;
    }

    /// <summary>The analysed tokens at their positions: one is a term, several a phrase.</summary>
    private static Query? Phrase(string text, string field, Analyzer analyzer)
    {
        var tokens = new List<(string Term, int Position)>();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                tokens.Add((term.ToString(), position));
            }

            stream.End();
        }

        if (tokens.Count <= 1)
        {
            return tokens.Count == 0 ? null : new TermQuery(new Term(field, tokens[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    [GeneratedRegex(@"[" + Languages.HanCharacters + "]+")]
    private static partial Regex ChineseRuns();
}
