using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Counts every facet value among the matches in the same pass that ranks them: a match costs
/// an array increment per value it carries (<see cref="SegmentFacets"/>), and the segment's
/// ordinals become values once, when the next segment starts. Nothing is rescanned.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> _totals = CopyFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly int[][] _counts = new int[CopyFields.Facets.Count][];
    private SegmentFacets? _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        _segment = SegmentFacets.Of(context.AtomicReader);
        for (var f = 0; f < _counts.Length; f++)
        {
            _counts[f] = new int[_segment.Values[f].Length];
        }
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        for (var f = 0; f < _counts.Length; f++)
        {
            var starts = segment.Starts[f];
            var ordinals = segment.Ordinals[f];
            var counts = _counts[f];
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                counts[ordinals[i]]++;
            }
        }
    }

    /// <summary>Each facet's values with their counts, in no order.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, long>> Counts()
    {
        Flush();
        return _totals;
    }

    private void Flush()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        for (var f = 0; f < _counts.Length; f++)
        {
            var totals = _totals[CopyFields.Facets[f]];
            var counts = _counts[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var value = segment.Values[f][ord];
                    totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                }
            }
        }

        _segment = null;
    }
}
