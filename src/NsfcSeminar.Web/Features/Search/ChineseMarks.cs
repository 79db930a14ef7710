using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The Chinese a snippet can mark, as the characters the reader typed. The Chinese field keeps
/// the ideographs as they are, cut into overlapping pairs, so a typed run of two characters or
/// more matches exactly where those characters stand together in a text: a text where none
/// stands has nothing to mark, and the highlighter need not read it. For a phrase of pairs the
/// highlighter indexes the whole text in memory, most of a Chinese snippet's cost; a single run
/// is instead marked as one term among the text's pieces of its own length (a run of four among
/// the pieces of four), which stands exactly where the phrase does, and only the stretch around
/// where it first stands is read.
/// </summary>
internal sealed class ChineseMarks
{
    private readonly IReadOnlyList<string> _runs;

    private ChineseMarks(IReadOnlyList<string> runs)
    {
        _runs = runs;
        SingleRun = runs.Count == 1 ? new TermQuery(new Term(CopyFields.TitleChinese, runs[0])) : null;
    }

    /// <summary>The single run as one term for the highlighter, or null for several runs (or none).</summary>
    public Query? SingleRun { get; }

    /// <summary>The pieces of <paramref name="text"/> as long as the single run, where it is a term.</summary>
    public TokenStream SingleRunPieces(string text) => new ChineseGramTokenizer(new StringReader(text), _runs[0].Length);

    /// <summary>The runs of <paramref name="marked"/>'s Chinese field, or null when one of them is
    /// not a plain run of two characters or more (a single character matches as a prefix).</summary>
    public static ChineseMarks? Of(Query marked)
    {
        List<string> runs = [];
        foreach (var leaf in marked.Leaves())
        {
            switch (leaf)
            {
                case TermQuery term when term.Term.Field == CopyFields.TitleChinese:
                    runs.Add(term.Term.Text);
                    break;
                case PhraseQuery phrase when phrase.GetTerms().FirstOrDefault()?.Field == CopyFields.TitleChinese:
                    if (Run(phrase) is not { } run)
                    {
                        return null;
                    }

                    runs.Add(run);
                    break;
                case MultiTermQuery prefix when prefix.Field == CopyFields.TitleChinese:
                    return null;
            }
        }

        return runs.Any(r => r.Any(char.IsSurrogate)) ? null : new ChineseMarks(runs);
    }

    /// <summary>The stretch of <paramref name="text"/> the highlighter needs to read for the
    /// Chinese field: none when no run stands in it; for a single run, the stretch around its
    /// first places (<see cref="SnippetStretch"/>); the whole text for several runs (the best
    /// fragment may hold them all, anywhere).</summary>
    public (int Start, int Length)? Stretch(string text, int fragmentLength)
    {
        var first = _runs.Select(r => text.IndexOf(r, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
        {
            return null;
        }

        if (_runs.Count > 1)
        {
            return (0, text.Length);
        }

        var run = _runs[0];
        var next = text.IndexOf(run, Math.Min(text.Length, first + (2 * fragmentLength)), StringComparison.Ordinal);
        return SnippetStretch.Around(text, first, Math.Max(first, next) + run.Length, fragmentLength);
    }

    /// <summary>A phrase of overlapping pairs, one after the other, as the run they were cut from.</summary>
    private static string? Run(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (terms.Any(t => t.Text.Length != 2) || positions.Where((p, i) => p != positions[0] + i).Any())
        {
            return null;
        }

        return terms[0].Text + string.Concat(terms.Skip(1).Select(t => t.Text[1]));
    }
}
