using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>
/// Counts every facet value among the matches in the same pass that ranks them: each segment's
/// values are numbered (ordinals), so a match costs an array increment per value it carries,
/// and the numbers become values once per segment. Nothing is rescanned.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> _totals = MirrorFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[MirrorFields.Facets.Count];
    private readonly int[][] _counts = new int[MirrorFields.Facets.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        for (var i = 0; i < _values.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(MirrorFields.FacetPrefix + MirrorFields.Facets[i]);
            _values[i] = values;
            _counts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            var counts = _counts[i];
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
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
        var bytes = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            var totals = _totals[MirrorFields.Facets[i]];
            var counts = _counts[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                }
            }

            _values[i] = null;
        }
    }
}
