using System.Collections.Frozen;
using Lucene.Net.Index;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// The four-character pieces that are terms of their own in <see cref="CopyFields.TextChineseFours"/>:
/// those a sample of the archive finds in at least one document in <see cref="OneIn"/>. A common
/// term is then one term to look up rather than a phrase of three bigrams whose positions are read
/// in every document that has them (120,000 documents for 基础研究 in the benchmark); a rare one is
/// found as that phrase, which is fast because it is rare. Every piece was 98 % of the copy's
/// distinct terms and four fifths of its build time (docs/performance.md). Whatever the set holds,
/// a search finds the same documents (<see cref="FourCharacterQuery"/>).
/// </summary>
internal sealed class CommonFours
{
    /// <summary>A piece in at least one sampled document in this many is common.</summary>
    public const int OneIn = 200;

    private readonly FrozenSet<ulong>? _pieces;

    private CommonFours(FrozenSet<ulong>? pieces) => _pieces = pieces;

    /// <summary>Every piece (the analyser's own cut, and a copy too small to sample).</summary>
    public static CommonFours Every { get; } = new(null);

    public int Count => _pieces?.Count ?? -1;

    public bool Contains(ReadOnlySpan<char> piece) => _pieces is null || _pieces.Contains(Packed(piece));

    /// <summary>The pieces found in at least one in <see cref="OneIn"/> of the sampled texts
    /// (one text a document; at least once in a sample of fewer than <see cref="OneIn"/>).</summary>
    public static CommonFours Sampled(IReadOnlyCollection<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var least = Math.Max(1, texts.Count / OneIn);
        var documents = new Dictionary<ulong, int>();
        var inThisText = new HashSet<ulong>();
        var runs = new IdeographRuns();
        foreach (var text in texts)
        {
            inThisText.Clear();
            runs.Find(text);
            for (var run = 0; run < runs.Count; run++)
            {
                for (var start = runs.Start(run); start + 4 <= runs.End(run); start++)
                {
                    inThisText.Add(Packed(text.AsSpan(start, 4)));
                }
            }

            foreach (var piece in inThisText)
            {
                documents[piece] = documents.GetValueOrDefault(piece) + 1;
            }
        }

        return new(documents.Where(p => p.Value >= least).Select(p => p.Key).ToFrozenSet());
    }

    /// <summary>The pieces a kept copy holds: what it was built with, less pieces whose every
    /// document was deleted and merged away (no document then lacks them).</summary>
    public static CommonFours Held(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pieces = new HashSet<ulong>();
        var terms = MultiFields.GetTerms(reader, CopyFields.TextChineseFours)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            pieces.Add(Packed(terms.Term.Utf8ToString()));
        }

        return new(pieces.ToFrozenSet());
    }

    /// <summary>Four UTF-16 units in one number: no string per piece, where the build looks up
    /// a hundred million.</summary>
    private static ulong Packed(ReadOnlySpan<char> piece) =>
        piece[0] | ((ulong)piece[1] << 16) | ((ulong)piece[2] << 32) | ((ulong)piece[3] << 48);
}
