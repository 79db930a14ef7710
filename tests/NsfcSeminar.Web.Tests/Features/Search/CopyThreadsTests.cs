using System.Collections.Concurrent;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>The build's own threads: every document read is written once, and a failure on
/// either side stops the other and is the error the build reports.</summary>
public sealed class CopyThreadsTests
{
    private static IEnumerable<CopyDocument> Records(int count, CancellationToken ct)
    {
        for (var id = 1; id <= count; id++)
        {
            ct.ThrowIfCancellationRequested();
            yield return new(id, 1, new DateOnly(2024, 5, 6), null, "speech", null, null, ["zh"], [], PublicationStatus.Published, Visibility.Public, "", "", "");
        }
    }

    [Fact]
    public async Task Every_document_read_is_written_once()
    {
        var written = new ConcurrentBag<long>();

        await CopyThreads.Run(ct => Records(1_000, ct), (_, document) => written.Add(document.Id), () => { }, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 1_000).Select(i => (long)i), written.Order());
    }

    [Fact]
    public async Task What_comes_before_the_last_documents_runs_once_when_each_thread_has_only_its_last_left()
    {
        var (written, writtenBefore, calls) = (0, -1, 0);

        await CopyThreads.Run(ct => Records(1_000, ct), (_, _) => Interlocked.Increment(ref written), () =>
        {
            calls++;
            writtenBefore = Volatile.Read(ref written);
        }, CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Equal(1_000, written);
        Assert.InRange(written - writtenBefore, 1, Environment.ProcessorCount);
    }

    [Fact]
    public async Task A_failed_write_stops_the_reading_and_is_the_error_raised()
    {
        var copying = CopyThreads.Run(ct => Records(int.MaxValue, ct), (_, document) =>
        {
            if (document.Id == 500)
            {
                throw new InvalidOperationException("disk full");
            }
        }, () => { }, CancellationToken.None);

        Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => copying)).Message);
    }

    [Fact]
    public async Task A_failed_read_is_the_error_raised()
    {
        static IEnumerable<CopyDocument> Failing(CancellationToken ct)
        {
            foreach (var record in Records(100, ct))
            {
                yield return record;
            }

            throw new TimeoutException("the database went away");
        }

        await Assert.ThrowsAsync<TimeoutException>(() => CopyThreads.Run(Failing, (_, _) => { }, () => { }, CancellationToken.None));
    }
}
