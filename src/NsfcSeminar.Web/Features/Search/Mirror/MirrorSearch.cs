using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>The first matches in order (search_documents ids), how many there are in all, and
/// the facet counts when asked for.</summary>
internal sealed record MirrorMatches(IReadOnlyList<long> DocumentIds, long Total, IReadOnlyDictionary<string, Dictionary<string, long>>? Facets);

/// <summary>One pass over the matches: the top <c>take</c> kept in a heap (relevance, or date
/// then id), every match counted, and its facet values counted when asked for.</summary>
internal static class MirrorSearch
{
    private static readonly Sort ByDate = new(
        new SortField(MirrorFields.DateOrder, SortFieldType.INT64, reverse: true),
        new SortField(MirrorFields.Document, SortFieldType.INT64));

    /// <summary>How many documents match, and nothing else.</summary>
    public static int Count(IndexSearcher searcher, Query query)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    public static MirrorMatches Run(IndexSearcher searcher, Query query, bool byRelevance, int take, bool withFacets)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        take = Math.Max(1, take);
        var facets = withFacets ? new FacetCounter() : null;
        TopDocs top;
        if (byRelevance)
        {
            var collector = TopScoreDocCollector.Create(take, docsScoredInOrder: true);
            searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
            top = collector.GetTopDocs();
        }
        else
        {
            var collector = TopFieldCollector.Create(ByDate, take, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
            searcher.Search(query, facets is null ? collector : MultiCollector.Wrap(collector, facets));
            top = collector.GetTopDocs();
        }

        var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, MirrorFields.Document);
        var documents = new long[top.ScoreDocs.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = ids.Get(top.ScoreDocs[i].Doc);
        }

        return new MirrorMatches(documents, top.TotalHits, facets?.Counts());
    }
}
