using System.Collections.Immutable;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Hosting.Observability;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// An in-process Lucene copy of <c>search_documents</c> that ranks and counts a broad search in
/// milliseconds (ADR-012). PostgreSQL stays the truth: the copy is built from it (this file's
/// partners: <c>.Build</c>), kept between runs (<c>.Keep</c>), and kept up by one background
/// loop woken by PostgreSQL's notifications (<c>.CatchUp</c>, ADR-017), and says how fresh it
/// is (<c>.Freshness</c>). Searches only read: they never wait on a lock, only (briefly) for a
/// change their own snapshot already sees.
/// </summary>
internal sealed partial class SearchCopy(
    IDbContextFactory<SeminarDbContext> dbFactory,
    IOptions<SearchOptions>? options = null,
    TimeProvider? clock = null,
    ILogger<SearchCopy>? logger = null,
    SeminarMetrics? metrics = null) : IDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger<SearchCopy>.Instance;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private volatile SearcherManager? _searchers;
    private volatile Exception? _failure;
    private long _generation;

    /// <summary>What the copy has applied, replaced whole by the catch-up loop, read by searches.</summary>
    private volatile CopyState _state = CopyState.Empty;

    public SearchAnalyzer Analyzer { get; } = new();

    /// <summary>Built (or resumed): searches may use it, even while it is being built again.</summary>
    public bool IsReady => _searchers is not null;

    /// <summary>Changes whenever the copy's documents do: what was found before still holds
    /// while it is the same.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Why the last build or catch-up failed, if it did (cleared by the next that succeeds).</summary>
    public Exception? Failure => _failure;

    /// <summary>How far a build is, and how fresh the copy is.</summary>
    public CopyProgress Progress => new(_building, Interlocked.Read(ref _built), Interlocked.Read(ref _toBuild));

    /// <summary>Runs <paramref name="read"/> on the latest copy.</summary>
    public T Read<T>(Func<IndexSearcher, T> read) => Read(read, out _);

    /// <summary>Runs <paramref name="read"/> on the latest copy, and says what it had applied
    /// (<paramref name="held"/>): the state is taken first, as <see cref="Publish"/> sets it after
    /// the searcher, so it never claims a change the searcher lacks.</summary>
    public T Read<T>(Func<IndexSearcher, T> read, out CopyState held)
    {
        ArgumentNullException.ThrowIfNull(read);
        held = _state;
        var searchers = _searchers ?? throw new InvalidOperationException("The search copy is not built yet.");
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Makes what the writer holds visible to the next search, with the state it is current to.</summary>
    private void Publish(CopyState state, bool documentsChanged = true)
    {
        var writer = _writer!;
        _searchers ??= new SearcherManager(writer, true, new RankingSearcherFactory());
        _searchers.MaybeRefreshBlocking();
        _state = state;
        if (documentsChanged)
        {
            Interlocked.Increment(ref _generation);
        }

        Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        metrics?.CopySize.Record(writer.NumDocs);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _upkeep.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation; anything else was logged where it happened.
        }

        _searchers?.Dispose();
        if (_unfinished)
        {
            // Half built: what the last commit holds stays, with the horizon it was kept at.
            _writer?.Rollback();
        }
        else
        {
            if (_keptFolder is not null && _path == _keptFolder && _writer is not null)
            {
                Keep();
            }

            _writer?.Dispose();
        }

        _directory?.Dispose();
        Analyzer.Dispose();
        _stopping.Dispose();
        RemoveOwnFolder();
    }

    /// <summary>BM25, as the index was written with; each new segment's facet arrays are read
    /// here, when the copy is refreshed, rather than by the first search that meets it.</summary>
    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves)
            {
                SegmentFacets.Of(leaf.AtomicReader);
            }

            return new CopySearcher(reader);
        }
    }
}

/// <summary>A build under way (<see cref="Building"/>) and how far it is; <see cref="Total"/> is
/// 0 until the documents are counted.</summary>
public sealed record CopyProgress(bool Building, long Done, long Total)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Min(100, Done * 100 / Total);
}
