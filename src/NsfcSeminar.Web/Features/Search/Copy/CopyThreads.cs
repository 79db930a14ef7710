using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// Writes documents into the copy on threads of its own: one reads them and hands them on in
/// batches, one per core fills its <see cref="LuceneDocument"/> and adds it to the writer. The
/// thread pool is left out: handing every document from an async reader to pool threads kept
/// idle workers spinning for the next one (a fifth of the CPU in a profile of a build of 21,000
/// documents on a quieter machine; docs/performance.md).
/// </summary>
internal static class CopyThreads
{
    private const int Batch = 64;

    /// <summary>Runs <paramref name="add"/> on every document <paramref name="read"/> yields, on
    /// every core; done when all are added. Each thread holds its last document back until every
    /// thread has one left: <paramref name="beforeLast"/> runs then, once, so that the writer can
    /// flush each thread's buffer on that thread as it adds its last (the flushes run side by
    /// side instead of one after another when the copy is opened). The first failure (or
    /// cancellation) stops both sides. Each thread's document writes the pieces of four in
    /// <paramref name="fours"/> (every one when null).</summary>
    public static async Task Run(
        Func<CancellationToken, IEnumerable<CopyDocument>> read, Action<LuceneDocument, CopyDocument> add, Action beforeLast, CancellationToken ct,
        CommonFours? fours = null)
    {
        var writers = Environment.ProcessorCount;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var batches = new BlockingCollection<CopyDocument[]>(boundedCapacity: 4 * writers);
        using var drained = new Barrier(writers, _ => beforeLast());
        Task[] threads = [Started(() => Read(read, batches, stop)), .. Enumerable.Range(0, writers).Select(_ => Started(() => Write(new LuceneDocument(fours ?? CommonFours.Every), batches, drained, add, stop)))];
        try
        {
            await Task.WhenAll(threads);
        }
        catch when (!ct.IsCancellationRequested)
        {
            // The others were stopped by the first failure: that one is the cause.
            var cause = threads.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }
    }

    private static Task Started(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void Read(Func<CancellationToken, IEnumerable<CopyDocument>> read, BlockingCollection<CopyDocument[]> batches, CancellationTokenSource stop)
    {
        try
        {
            var batch = new List<CopyDocument>(Batch);
            foreach (var document in read(stop.Token))
            {
                batch.Add(document);
                if (batch.Count == Batch)
                {
                    batches.Add([.. batch], stop.Token);
                    batch.Clear();
                }
            }

            batches.Add([.. batch], stop.Token);
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            batches.CompleteAdding();
        }
    }

    private static void Write(LuceneDocument lucene, BlockingCollection<CopyDocument[]> batches, Barrier drained, Action<LuceneDocument, CopyDocument> add, CancellationTokenSource stop)
    {
        try
        {
            CopyDocument? held = null;
            foreach (var batch in batches.GetConsumingEnumerable(stop.Token))
            {
                foreach (var document in batch)
                {
                    if (held is not null)
                    {
                        add(lucene, held);
                    }

                    held = document;
                }
            }

            drained.SignalAndWait(stop.Token);
            if (held is not null)
            {
                add(lucene, held);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
    }
}
