using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Times the meeting page alone: <c>GET /en/meetings/{slug}</c> end to end over the same 50 random
/// public meetings as <see cref="SearchBenchmark"/> (same seed), and the page's one database
/// read (<see cref="MeetingRecordQuery"/>, straight to PostgreSQL: the floor), with the size of
/// the HTML sent. Much quicker than the whole benchmark when only this page is being worked on.
/// On 2 busy cores the runtime is still compiling the hot code at its second tier for the first
/// few hundred requests, so more than one warm-up round shows the steady state.
/// </summary>
internal sealed class MeetingBenchmark(string connectionString, Uri portal, int rounds, int warmUpRounds)
{
    private const int Meetings = 50;

    public async Task RunAsync()
    {
        await using var services = new ServiceCollection()
            .AddSeminarData(connectionString)
            .AddSingleton<MeetingRecordQuery>()
            .BuildServiceProvider();
        using var http = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(60) };
        var sample = await SampleAsync(services.GetRequiredService<IDbContextFactory<SeminarDbContext>>());
        var query = services.GetRequiredService<MeetingRecordQuery>();

        var endToEnd = new List<double>();
        var direct = new List<double>();
        var bytes = new List<double>();
        for (var round = -Math.Max(1, warmUpRounds); round < rounds; round++)
        {
            foreach (var slug in sample)
            {
                var clock = Stopwatch.StartNew();
                using (var response = await http.GetAsync(new Uri($"en/meetings/{slug}", UriKind.Relative)))
                {
                    response.EnsureSuccessStatusCode();
                    var body = await response.Content.ReadAsByteArrayAsync();
                    bytes.Add(body.Length);
                }

                var httpMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                _ = await query.FindAsync(slug, ReaderAccess.Anonymous, default) ?? throw new InvalidOperationException($"No meeting {slug}.");
                var directMs = clock.Elapsed.TotalMilliseconds;
                if (round >= 0)
                {
                    endToEnd.Add(httpMs);
                    direct.Add(directMs);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Meeting page (20 speeches), {rounds} rounds of {Meetings} meetings after {Math.Max(1, warmUpRounds)} warm-up round(s), {endToEnd.Count} requests:"));
        Console.WriteLine();
        Console.WriteLine("| measure | p50 | p95 | mean |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Row("end to end, GET /en/meetings/{slug} (ms)", endToEnd);
        Row("database read, MeetingRecordQuery (ms)", direct);
        Row("HTML sent (KB)", bytes.Select(b => b / 1024).ToList());
    }

    private static async Task<List<string>> SampleAsync(IDbContextFactory<SeminarDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var slugs = await db.Meetings.Where(m => m.Visibility == Visibility.Public).OrderBy(m => m.Id).Select(m => m.Slug).ToListAsync();
        var random = new Random(7);
        return Enumerable.Range(0, Meetings).Select(_ => slugs[random.Next(slugs.Count)]).ToList();
    }

    internal static void Row(string name, List<double> values) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentile.Of(values, 50):F1} | {Percentile.Of(values, 95):F1} | {values.Average():F1} |"));

}
