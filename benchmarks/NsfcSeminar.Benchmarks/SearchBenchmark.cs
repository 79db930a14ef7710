using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Times each query of <see cref="QuerySet"/> end to end (GET /en/search over HTTP from the
/// running portal: parsing, the search copy, SQL, facets, snippets, rendering), once asking for
/// no cache and once from the portal's result cache. There is no search in PostgreSQL alone to
/// compare with any more (ADR-017): the copy is the one engine. Then meeting pages. Prints
/// p50/p95 as Markdown.
/// </summary>
internal sealed class SearchBenchmark(string connectionString, Uri portal, int rounds)
{
    public async Task RunAsync()
    {
        var services = new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddSeminarData(connectionString)
            .BuildServiceProvider();
        using var http = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(60) };

        var endToEnd = QuerySet.Queries.ToDictionary(q => q.Name, _ => new List<double>());
        var cached = QuerySet.Queries.ToDictionary(q => q.Name, _ => new List<double>());
        var totals = new Dictionary<string, long>();
        for (var round = -1; round < rounds; round++)
        {
            foreach (var (name, query) in QuerySet.Queries)
            {
                // No-cache first: the portal computes afresh (and refreshes its result cache),
                // then the same page again as any reader would get it: from the cache.
                var http_ms = await GetAsync(http, "en/search?" + query, fresh: true);
                var cached_ms = await GetAsync(http, "en/search?" + query, fresh: false);
                if (round >= 0)
                {
                    endToEnd[name].Add(http_ms);
                    cached[name].Add(cached_ms);
                }

                if (round == rounds - 1)
                {
                    totals[name] = await TotalAsync(http, query);
                }
            }
        }

        Console.WriteLine($"Search, {rounds} rounds of {QuerySet.Queries.Count} queries, after one warm-up round (times in ms):");
        Console.WriteLine();
        Console.WriteLine("| query | matches | end to end, no cache p50 | p95 | from the result cache p50 | p95 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, _) in QuerySet.Queries)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {totals[name]:N0} | {Percentile.Of(endToEnd[name], 50):F1} | {Percentile.Of(endToEnd[name], 95):F1} | {Percentile.Of(cached[name], 50):F1} | {Percentile.Of(cached[name], 95):F1} |"));
        }

        var allHttp = endToEnd.Values.SelectMany(v => v).ToList();
        var allCached = cached.Values.SelectMany(v => v).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all queries** | | **{Percentile.Of(allHttp, 50):F1}** | **{Percentile.Of(allHttp, 95):F1}** | **{Percentile.Of(allCached, 50):F1}** | **{Percentile.Of(allCached, 95):F1}** |"));

        await MeetingPagesAsync(services, http);
    }

    private async Task MeetingPagesAsync(IServiceProvider services, HttpClient http)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        var slugs = await db.Meetings.Where(m => m.Visibility == Visibility.Public).OrderBy(m => m.Id).Select(m => m.Slug).ToListAsync();
        var random = new Random(7);
        var sample = Enumerable.Range(0, 50).Select(_ => slugs[random.Next(slugs.Count)]).ToList();
        var times = new List<double>();
        for (var round = -1; round < rounds; round++)
        {
            foreach (var slug in sample)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.GetAsync(new Uri($"en/meetings/{slug}", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsStringAsync();
                if (round >= 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Meeting page (20 speeches), {times.Count} requests over 50 meetings: p50 {Percentile.Of(times, 50):F1} ms, p95 {Percentile.Of(times, 95):F1} ms"));
    }

    private static async Task<double> GetAsync(HttpClient http, string path, bool fresh)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (fresh)
        {
            message.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        }

        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(message);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsStringAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>How many matches the search has, as the API (the same search) says.</summary>
    private static async Task<long> TotalAsync(HttpClient http, string query)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("api/speeches?" + query, UriKind.Relative)));
        return json.RootElement.GetProperty("total").GetInt64();
    }

}
