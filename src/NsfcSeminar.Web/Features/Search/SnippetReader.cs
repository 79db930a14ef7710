using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>The snippets of one search's page: each text rendered to plain text by the one
/// Markdown renderer, then cut around its matches, the reader's language first.</summary>
internal sealed class SnippetReader(MarkdownRenderer markdown, Language reader, SearchQuery query)
{
    /// <summary>What a reader would read of <paramref name="text"/>, without any Markdown.</summary>
    public string Plain(string? text) => SearchSnippets.Plain(markdown.ToPlainText(text));

    /// <param name="englishHeadline">ts_headline of the English plain text, when the search has words.</param>
    public Snippet Choose(string english, string? englishHeadline, string chinese)
    {
        var en = englishHeadline is null ? SearchSnippets.Around(english, [], Language.En) : SearchSnippets.FromHeadline(englishHeadline, Language.En);
        var zh = SearchSnippets.Around(chinese, query.PositiveTerms, Language.Zh);
        return Choose(en, zh);
    }

    /// <summary>The reader's language first: its snippet when it shows a match, else the other
    /// language's when that does, else the reader's language unmatched.</summary>
    private Snippet Choose(Snippet english, Snippet chinese)
    {
        var (first, second) = reader == Language.Zh ? (chinese, english) : (english, chinese);
        if (SearchSnippets.HasMatch(first) || (!SearchSnippets.HasMatch(second) && !first.IsEmpty))
        {
            return first;
        }

        return second;
    }
}
