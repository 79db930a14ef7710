using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// Where the words of a phrase search stand together in a text. For a phrase the highlighter
/// indexes the whole text in memory to find where its words follow each other, most of an English
/// phrase's snippet cost, and does so for a text where they never do. Reading the text's words once
/// finds the places; a text with none has nothing to mark, and of the others only the stretch
/// around the first places is handed to the highlighter (<see cref="SnippetStretch"/>).
/// </summary>
internal sealed class PhraseMarks
{
    private readonly string[] _terms;
    private readonly int[] _positions;

    private PhraseMarks(string[] terms, int[] positions) => (_terms, _positions) = (terms, positions);

    /// <summary>The one exact phrase that is all <paramref name="marked"/> asks of the words field,
    /// or null when it asks anything else of it (words beside it, a prefix, a sloppy phrase).</summary>
    public static PhraseMarks? Of(Query marked)
    {
        var words = marked.Leaves().Where(InWords).ToList();
        if (words is not [PhraseQuery { Slop: 0 } phrase] || phrase.GetTerms().Length < 2)
        {
            return null;
        }

        var first = phrase.GetPositions()[0];
        return new PhraseMarks([.. phrase.GetTerms().Select(t => t.Text)], [.. phrase.GetPositions().Select(p => p - first)]);
    }

    /// <summary>The stretch of <paramref name="text"/> the highlighter needs to read, or null when the phrase does not stand in it.</summary>
    public (int Start, int Length)? Stretch(string text, Analyzer analyzer, int fragmentLength)
    {
        var places = Places(text, analyzer);
        if (places.Count == 0)
        {
            return null;
        }

        var (first, end) = places[0];
        var next = places.FirstOrDefault(p => p.Start >= first + (2 * fragmentLength), places[0]);
        return SnippetStretch.Around(text, first, Math.Max(end, next.End), fragmentLength);
    }

    /// <summary>Each place the phrase stands, from its first word's start to its last word's end.</summary>
    private List<(int Start, int End)> Places(string text, Analyzer analyzer)
    {
        var words = new List<(string Term, int Position, int Start, int End)>();
        using (var tokens = analyzer.GetTokenStream(CopyFields.Text, text))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
            var offset = tokens.AddAttribute<IOffsetAttribute>();
            tokens.Reset();
            var position = -1;
            while (tokens.IncrementToken())
            {
                // Only the phrase's own words can place it: the others are counted, not kept.
                position += increment.PositionIncrement;
                var word = term.ToString();
                if (Array.IndexOf(_terms, word) >= 0)
                {
                    words.Add((word, position, offset.StartOffset, offset.EndOffset));
                }
            }

            tokens.End();
        }

        var at = new Dictionary<(string, int), (string Term, int Position, int Start, int End)>();
        foreach (var word in words)
        {
            at.TryAdd((word.Term, word.Position), word);
        }

        List<(int, int)> places = [];
        foreach (var word in words.Where(w => w.Term == _terms[0]))
        {
            var last = word;
            if (_terms.Skip(1).Select((t, i) => at.TryGetValue((t, word.Position + _positions[i + 1]), out last)).All(found => found))
            {
                places.Add((word.Start, last.End));
            }
        }

        return places;
    }

    private static bool InWords(Query leaf) => leaf switch
    {
        TermQuery term => term.Term.Field == CopyFields.Text,
        PhraseQuery phrase => phrase.GetTerms().FirstOrDefault()?.Field == CopyFields.Text,
        MultiTermQuery prefix => prefix.Field == CopyFields.Text,
        _ => true,
    };
}
