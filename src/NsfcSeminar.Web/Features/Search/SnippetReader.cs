using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search.Copy;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>The snippets of one search's page: each text rendered to plain text by the one
/// Markdown renderer, then cut around its matches by Lucene's highlighter with the copy's own
/// analyser, so a snippet marks what the search matched, in English and Chinese alike.</summary>
internal sealed class SnippetReader(MarkdownRenderer markdown, Language reader, Query? marked, Analyzer analyzer)
{
    private const int FragmentLength = 90;
    private const int Fragments = 2;

    /// <summary>What a reader would read of <paramref name="text"/>, without any Markdown.</summary>
    public string Plain(string? text) => SearchSnippets.Plain(markdown.ToPlainText(text));

    /// <summary>The reader's language first: its snippet when it shows a match, else the other
    /// language's when that does, else the reader's language unmatched.</summary>
    public Snippet Choose(string english, string chinese)
    {
        var en = Mark(english, Language.En);
        var zh = Mark(chinese, Language.Zh);
        var (first, second) = reader == Language.Zh ? (zh, en) : (en, zh);
        if (SearchSnippets.HasMatch(first) || (!SearchSnippets.HasMatch(second) && !first.IsEmpty))
        {
            return first;
        }

        return second;
    }

    /// <summary>The text's best fragments with the words marked, tried as words and then as
    /// Chinese (either may occur in a text of either language); the text's beginning when
    /// nothing in it matched.</summary>
    private Snippet Mark(string text, Language language)
    {
        if (marked is not null && text.Length > 0)
        {
            foreach (var field in language == Language.Zh ? ChineseFirst : WordsFirst)
            {
                var scorer = new QueryScorer(marked, field);
                var highlighter = new Highlighter(new Marks(), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength) };
                using var tokens = analyzer.GetTokenStream(field, text);
                if (highlighter.GetBestFragments(tokens, text, Fragments, " … ") is { Length: > 0 } fragments)
                {
                    return SearchSnippets.FromMarked(fragments, text, language);
                }
            }
        }

        return SearchSnippets.Leading(text, language);
    }

    private static readonly string[] WordsFirst = [CopyFields.Text, CopyFields.TitleChinese];
    private static readonly string[] ChineseFirst = [CopyFields.TitleChinese, CopyFields.Text];

    /// <summary>⟦ ⟧ around each match, for <see cref="SearchSnippets.FromMarked"/> to turn into
    /// parts; a text cannot fake them, as <see cref="Plain"/> removes them first.</summary>
    private sealed class Marks : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? $"⟦{originalText}⟧" : originalText;
    }
}
