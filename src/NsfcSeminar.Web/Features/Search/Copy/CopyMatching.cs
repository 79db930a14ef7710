using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>The first matches in order (search_documents ids), how many there are in all, and
/// the facet counts when asked for.</summary>
internal sealed record CopyMatches(IReadOnlyList<long> DocumentIds, long Total, IReadOnlyDictionary<string, Dictionary<string, long>>? Facets);

/// <summary>One pass over the matches, the segments on every core: the top <c>take</c> kept in
/// a heap (relevance, or date then id), every match counted, and its facet values counted when
/// asked for; the groups' heaps and counts are merged at the end.</summary>
internal static class CopyMatching
{
    private static readonly Sort ByDate = new(
        new SortField(CopyFields.DateOrder, SortFieldType.INT64, reverse: true),
        new SortField(CopyFields.Document, SortFieldType.INT64));

    /// <summary>How many documents match, and nothing else.</summary>
    public static int Count(IndexSearcher searcher, Query query)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    public static CopyMatches Run(IndexSearcher searcher, Query query, bool byRelevance, int take, bool withFacets)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        take = Math.Max(1, take);
        var parts = searcher is CopySearcher copy
            ? copy.SearchInParallel(query, () => new Part(byRelevance, take, withFacets))
            : [Searched(searcher, query, new Part(byRelevance, take, withFacets))];
        var top = TopDocs.Merge(byRelevance ? null : ByDate, take, [.. parts.Select(p => p.Top.GetTopDocs())]);

        var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, CopyFields.Document);
        var documents = new long[top.ScoreDocs.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = ids.Get(top.ScoreDocs[i].Doc);
        }

        return new CopyMatches(documents, top.TotalHits, withFacets ? Sum(parts.Select(p => p.Facets!.Counts())) : null);
    }

    private static Part Searched(IndexSearcher searcher, Query query, Part part)
    {
        searcher.Search(query, part);
        return part;
    }

    private static Dictionary<string, Dictionary<string, long>> Sum(IEnumerable<IReadOnlyDictionary<string, Dictionary<string, long>>> counts)
    {
        var sum = CopyFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var part in counts)
        {
            foreach (var (facet, values) in part)
            {
                foreach (var (value, count) in values)
                {
                    sum[facet][value] = sum[facet].GetValueOrDefault(value) + count;
                }
            }
        }

        return sum;
    }

    /// <summary>What one group of segments collects: its top matches and its facet counts.</summary>
    private sealed class Part : ICollector
    {
        private readonly ICollector _all;

        public Part(bool byRelevance, int take, bool withFacets)
        {
            Top = byRelevance
                ? TopScoreDocCollector.Create(take, docsScoredInOrder: true)
                : TopFieldCollector.Create(ByDate, take, fillFields: true, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
            Facets = withFacets ? new FacetCounter() : null;
            _all = Facets is null ? Top : MultiCollector.Wrap(Top, Facets);
        }

        public ITopDocsCollector Top { get; }

        public FacetCounter? Facets { get; }

        public bool AcceptsDocsOutOfOrder => _all.AcceptsDocsOutOfOrder;

        public void Collect(int doc) => _all.Collect(doc);

        public void SetNextReader(AtomicReaderContext context) => _all.SetNextReader(context);

        public void SetScorer(Scorer scorer) => _all.SetScorer(scorer);
    }
}
