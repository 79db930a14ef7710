using System.Text;
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

    /// <summary>The fields the words have terms in (null: any field). Nothing could be marked
    /// through another field, so a text is never cut by it: most of a snippet's cost.</summary>
    private readonly HashSet<string>? _markedFields = marked is null ? null : FieldsOf(marked);

    /// <summary>Where the Chinese field can have marks, found without the highlighter.</summary>
    private readonly ChineseMarks? _chinese = marked is null ? null : ChineseMarks.Of(marked);

    /// <summary>Where the words field can have marks when they are one phrase, found before the highlighter reads.</summary>
    private readonly PhraseMarks? _phrase = marked is null ? null : PhraseMarks.Of(marked);

    /// <summary>Whether the search had words to mark (a search by filters alone has none).</summary>
    public bool HasWords => marked is not null;

    /// <summary>What a reader would read of <paramref name="text"/>, without any Markdown.</summary>
    private string Plain(string? text) => SearchSnippets.Plain(markdown.ToPlainText(text));

    /// <summary>The reader's language first: its snippet when it shows a match, else the other
    /// language's when that does, else the reader's language unmatched. Each text is Markdown; the
    /// other language's is rendered and marked only when the reader's shows no match, as cutting a
    /// snippet is most of its cost.</summary>
    public Snippet Choose(string? english, string? chinese)
    {
        var (firstText, firstLanguage, secondText, secondLanguage) = reader == Language.Zh
            ? (chinese, Language.Zh, english, Language.En)
            : (english, Language.En, chinese, Language.Zh);
        var first = Mark(Plain(firstText), firstLanguage);
        if (SearchSnippets.HasMatch(first))
        {
            return first;
        }

        var second = Mark(Plain(secondText), secondLanguage);
        return !SearchSnippets.HasMatch(second) && !first.IsEmpty ? first : second;
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
                if (_markedFields?.Contains(field) == false)
                {
                    continue;
                }

                var (start, length) = field switch
                {
                    CopyFields.TitleChinese when _chinese is not null => _chinese.Stretch(text, FragmentLength) ?? (0, 0),
                    CopyFields.Text when _phrase is not null => _phrase.Stretch(text, analyzer, FragmentLength) ?? (0, 0),
                    _ => (0, text.Length),
                };
                if (length == 0)
                {
                    continue;
                }

                var read = text.Substring(start, length);
                var single = field == CopyFields.TitleChinese ? _chinese?.SingleRun : null;
                var scorer = new QueryScorer(single ?? marked, field);
                var highlighter = new Highlighter(new Marks(), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength) };
                using var tokens = single is null ? analyzer.GetTokenStream(field, read) : _chinese!.SingleRunPieces(read);
                if (highlighter.GetBestFragments(tokens, read, Fragments, " … ") is { Length: > 0 } fragments)
                {
                    return SearchSnippets.FromMarked(fragments, text, language);
                }
            }
        }

        return SearchSnippets.Leading(text, language);
    }

    /// <summary>The fields of every term of <paramref name="query"/>, or null for a query of a
    /// kind the marked words are never made of.</summary>
    private static HashSet<string>? FieldsOf(Query query)
    {
        HashSet<string> fields = [];
        foreach (var leaf in query.Leaves())
        {
            switch (leaf)
            {
                case TermQuery term:
                    fields.Add(term.Term.Field);
                    break;
                case PhraseQuery phrase:
                    fields.UnionWith(phrase.GetTerms().Select(t => t.Field));
                    break;
                case MultiTermQuery prefix:
                    fields.Add(prefix.Field);
                    break;
                default:
                    return null;
            }
        }

        return fields;
    }

    private static readonly string[] WordsFirst = [CopyFields.Text, CopyFields.TitleChinese];
    private static readonly string[] ChineseFirst = [CopyFields.TitleChinese, CopyFields.Text];

    /// <summary>⟦ ⟧ around each match, for <see cref="SearchSnippets.FromMarked"/> to turn into
    /// parts; a text cannot fake them, as <see cref="Plain"/> removes them first. Overlapping
    /// Chinese pieces make one group, which the highlighter hands over from its first match to its
    /// last: only the characters of the pieces that matched are marked, not those between.</summary>
    private sealed class Marks : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore <= 0)
            {
                return originalText;
            }

            // The text handed over begins where the first matched piece does.
            var scored = Enumerable.Range(0, tokenGroup.NumTokens).Where(i => tokenGroup.GetScore(i) > 0).Select(tokenGroup.GetToken).ToList();
            var begins = scored.Min(t => t.StartOffset);
            var matched = new bool[originalText.Length];
            foreach (var token in scored)
            {
                var start = Math.Clamp(token.StartOffset - begins, 0, matched.Length);
                Array.Fill(matched, true, start, Math.Clamp(token.EndOffset - begins, start, matched.Length) - start);
            }

            var marked = new StringBuilder(originalText.Length + 4);
            for (var c = 0; c < originalText.Length; c++)
            {
                marked.Append(matched[c] && (c == 0 || !matched[c - 1]) ? "⟦" : "").Append(originalText[c]);
                marked.Append(matched[c] && (c == originalText.Length - 1 || !matched[c + 1]) ? "⟧" : "");
            }

            return marked.ToString();
        }
    }
}
