using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// A bounded reader load for the cluster: <c>connections</c> readers, each sending one GET after
/// another through the portal (the load balancer) for <c>seconds</c>, cycling over the paths.
/// Prints throughput, p50/p95/p99, how many requests failed (a status of 500 or more, or no
/// answer), which instances answered (their <c>X-Instance</c> header), and the portal's own
/// mean time of each search stage over the load (<see cref="SearchStageTimes"/>), the Lucene
/// query alone among them, and each search beside its own Lucene query (<see cref="LuceneShare"/>). Used by
/// scripts/cluster-check.sh and for docs/performance.md.
/// </summary>
internal sealed class ReaderLoad(Uri portal, int seconds, int connections, IReadOnlyList<string> paths)
{
    public async Task<int> RunAsync()
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromSeconds(5) };
        using var http = new HttpClient(handler) { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new ConcurrentBag<double>();
        var instances = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentDictionary<string, int>();
        var lucene = new LuceneShare();
        var stagesBefore = await SearchStageTimes.ReadAsync(http);
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);

        await Task.WhenAll(Enumerable.Range(0, connections).Select(async reader =>
        {
            for (var i = reader; clock.Elapsed < end; i++)
            {
                var started = clock.Elapsed;
                IEnumerable<string>? timing = null;
                try
                {
                    using var response = await http.GetAsync(new Uri(paths[i % paths.Count], UriKind.Relative));
                    await response.Content.CopyToAsync(Stream.Null);
                    timing = response.Headers.TryGetValues(LuceneShare.Header, out var stages) ? stages : null;
                    var instance = response.Headers.TryGetValues("X-Instance", out var names) ? names.First() : "(none)";
                    instances.AddOrUpdate(instance, 1, (_, n) => n + 1);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.AddOrUpdate($"{(int)response.StatusCode} from {instance}", 1, (_, n) => n + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }

                var took = (clock.Elapsed - started).TotalMilliseconds;
                latencies.Add(took);
                lucene.Add(timing, took);
            }
        }));

        var elapsed = clock.Elapsed;
        var stages = (await SearchStageTimes.ReadAsync(http)).Since(stagesBefore);
        var sorted = latencies.Order().ToArray();
        var failed = failures.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests {sorted.Length}, {sorted.Length / elapsed.TotalSeconds:F1}/s over {elapsed.TotalSeconds:F1} s with {connections} connections; " +
            $"mean {(sorted.Length == 0 ? 0 : sorted.Average()):F1} ms, p50 {Percentile.Of(sorted, 50):F1} ms, p95 {Percentile.Of(sorted, 95):F1} ms, p99 {Percentile.Of(sorted, 99):F1} ms; failed {failed}"));
        Console.WriteLine("instances: " + string.Join(", ", instances.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key} {i.Value}")));
        if (stages.Length > 0)
        {
            Console.WriteLine("portal's search stages, mean: " + stages);
        }

        if (lucene.Summary() is { } share)
        {
            Console.WriteLine(share);
        }

        if (failed > 0)
        {
            Console.WriteLine("failures: " + string.Join(", ", failures.Select(f => $"{f.Key} {f.Value}")));
        }

        return 0;
    }

}
