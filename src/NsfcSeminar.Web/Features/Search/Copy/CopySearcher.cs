using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// A searcher of the copy that can search its segments on every core at once: a broad query
/// visits a hundred thousand documents, and one core does that at a time. The segments are
/// shared out by size, one group per core, each group with collectors of its own.
/// </summary>
internal sealed class CopySearcher : IndexSearcher
{
    private readonly IList<AtomicReaderContext>[] _groups;

    public CopySearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new BM25Similarity();
        _groups = Share(m_leafContexts, Environment.ProcessorCount);
    }

    /// <summary>Runs a collector from <paramref name="newCollector"/> over each group of segments, in parallel.</summary>
    public IReadOnlyList<T> SearchInParallel<T>(Query query, Func<T> newCollector)
        where T : ICollector
    {
        ArgumentNullException.ThrowIfNull(newCollector);
        var weight = CreateNormalizedWeight(query);
        var collectors = _groups.Select(_ => newCollector()).ToArray();
        Parallel.For(0, _groups.Length, i => Search(_groups[i], weight, collectors[i]));
        return collectors;
    }

    /// <summary>The largest segment first to the group with the fewest documents so far.</summary>
    private static IList<AtomicReaderContext>[] Share(IList<AtomicReaderContext> leaves, int cores)
    {
        var groups = Enumerable.Range(0, Math.Clamp(Math.Min(cores, leaves.Count), 1, 8)).Select(_ => new List<AtomicReaderContext>()).ToArray();
        var sizes = new long[groups.Length];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            groups[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }

        return [.. groups.Select(g => (IList<AtomicReaderContext>)g.OrderBy(l => l.DocBase).ToList())];
    }
}
