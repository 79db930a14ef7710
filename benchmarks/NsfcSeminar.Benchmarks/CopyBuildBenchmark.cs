using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Times building the search copy straight against the database, as the portal builds it when
/// it starts without a kept copy (<see cref="SearchCopy.StartAsync"/>), and, to say where the
/// time goes, its stages alone: reading the documents from PostgreSQL, and reading them and
/// cutting their text (the analysis, on every core) without writing an index. No HTTP.
/// </summary>
internal sealed class CopyBuildBenchmark(string connectionString, int rounds)
{
    public async Task RunAsync()
    {
        await using var services = new ServiceCollection().AddSeminarData(connectionString).BuildServiceProvider();
        var dbFactory = services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Building the search copy, {rounds} rounds, load average {LoadAverage()} before:"));

        // SEMINAR_BENCH_STAGES=0 times the builds alone (the stages read the archive twice more).
        if (Environment.GetEnvironmentVariable("SEMINAR_BENCH_STAGES") != "0")
        {
            await PrintStagesAsync(dbFactory);
        }

        var builds = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var (cpu, pause, collections) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            using var copy = new SearchCopy(dbFactory);
            await copy.StartAsync(default);
            builds.Add(clock.Elapsed.TotalSeconds);
            var held = copy.Read(searcher => searcher.IndexReader.NumDocs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  build {round + 1}: {held:N0} documents in {builds[^1]:F1} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F1} s, {GC.CollectionCount(2) - collections} full collections (load average {LoadAverage()})"));
            if (copy.LastBuild is { } stages)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    reading, analysing and writing {stages.Copying.TotalSeconds:F1} s, flushing and opening {stages.Publishing.TotalSeconds:F1} s, committing {stages.Committing.TotalSeconds:F1} s, {stages.Segments} segments"));
            }

            PrintFieldSizes(copy);
        }

        builds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Median build: {builds[builds.Count / 2]:F1} s"));
    }

    private static async Task PrintStagesAsync(IDbContextFactory<SeminarDbContext> dbFactory)
    {
        var (documents, characters, read) = await TimeAsync(dbFactory, analyse: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  reading alone: {documents:N0} documents, {characters / 1e6:F0} M characters in {read:F1} s"));
        var (_, _, analysed) = await TimeAsync(dbFactory, analyse: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  reading and analysing, no index: {analysed:F1} s; analysis by field (CPU s):"));
        foreach (var (field, ticks) in AnalysisTicks.OrderByDescending(f => f.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {field}: {TimeSpan.FromTicks(ticks).TotalSeconds:F1}"));
        }
    }

    /// <summary>Per text field, the unique terms summed over the segments (what each flush sorts
    /// and writes a term for) and the tokens (what inversion adds).</summary>
    private static void PrintFieldSizes(SearchCopy copy)
    {
        string[] fields = [CopyFields.Text, CopyFields.TextChinese, CopyFields.TextChineseFours, CopyFields.Title, CopyFields.TitleChinese];
        foreach (var field in fields)
        {
            var (unique, tokens) = copy.Read(searcher => searcher.IndexReader.Leaves
                .Select(leaf => leaf.AtomicReader.GetTerms(field))
                .Where(terms => terms is not null)
                .Aggregate((Unique: 0L, Tokens: 0L), (sum, terms) => (sum.Unique + terms!.Count, sum.Tokens + terms.SumTotalTermFreq)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {field}: {unique:N0} unique terms over the segments, {tokens:N0} tokens"));
        }

    }

    /// <summary>Reads every document as the build does; with <paramref name="analyse"/>, also
    /// fills each thread's Lucene document from it and runs every text field's tokens.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> AnalysisTicks = new();

    private static async Task<(long Documents, long Characters, double Seconds)> TimeAsync(IDbContextFactory<SeminarDbContext> dbFactory, bool analyse)
    {
        var clock = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        using var analyzer = new SearchAnalyzer();
        long documents = 0, characters = 0;
        await CopyThreads.Run(stop => SearchCopy.Read(connection, transaction, null, stop), (lucene, document) =>
        {
            Interlocked.Increment(ref documents);
            Interlocked.Add(ref characters, document.Titles.Length + document.Names.Length + document.Body.Length);
            if (analyse)
            {
                var filling = Stopwatch.GetTimestamp();
                var filled = lucene.For(document);
                AnalysisTicks.AddOrUpdate("filling the document, finding the ideographs", Stopwatch.GetElapsedTime(filling).Ticks, (_, sum) => sum + Stopwatch.GetElapsedTime(filling).Ticks);
                foreach (var field in filled.Where(f => f.Name is CopyFields.Text or CopyFields.Title || CopyFields.ChinesePieceLength(f.Name) is not null))
                {
                    var started = Stopwatch.GetTimestamp();
                    using var tokens = field.GetTokenStream(analyzer);
                    var term = tokens.AddAttribute<ICharTermAttribute>();
                    tokens.Reset();
                    while (tokens.IncrementToken())
                    {
                        _ = term.Length;
                    }

                    tokens.End();
                    AnalysisTicks.AddOrUpdate(field.Name, Stopwatch.GetElapsedTime(started).Ticks, (_, sum) => sum + Stopwatch.GetElapsedTime(started).Ticks);
                }
            }
        }, beforeLast: () => { }, default);
        return (documents, characters, clock.Elapsed.TotalSeconds);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
}
