using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Features.Themes.Wording;
using NsfcSeminar.Web.Features.Wording;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Times a theme's wording over time (<see cref="ThemeWordingQuery"/>) straight against the
/// database, for the broadest theme of the archive (the most speeches, its sub-themes
/// included) and a narrow one: worked out from every text (the first reader after a change)
/// and kept (every reader after). No HTTP: the page adds the other figures of the theme page.
/// </summary>
internal sealed class ThemeWordingBenchmark(string connectionString, int rounds)
{
    public async Task RunAsync()
    {
        // The page waits 5 s at most; measured here is the whole work.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Seminar:WordingWaitSeconds"] = "3600" })
            .Build();
        await using var services = new ServiceCollection()
            .AddSeminarData(connectionString)
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(new MarkdownRenderer())
            .AddSingleton<TermCutter>()
            .AddWording(configuration)
            .AddSingleton<ThemeWordingQuery>()
            .AddSingleton<ThemeAnalysisQuery>()
            .BuildServiceProvider();
        var dbFactory = services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
        var analysis = services.GetRequiredService<ThemeAnalysisQuery>();
        var wording = services.GetRequiredService<ThemeWordingQuery>();
        var (broad, narrow) = await ThemesAsync(dbFactory);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Theme wording over time, {rounds} rounds:"));
        Console.WriteLine();
        Console.WriteLine("| theme | speeches | texts (MB) | worked out (ms) | kept (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var slug in new[] { broad, narrow })
        {
            var scope = (await analysis.LoadAsync(slug, ReaderAccess.Anonymous, default))!.Scope;
            var (speeches, megabytes) = await SizeAsync(dbFactory, scope);
            var computed = new List<double>();
            var kept = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                // A window no reader asks for is never kept: each round works it out afresh.
                var clock = Stopwatch.StartNew();
                _ = await wording.LoadAsync(scope, ReaderAccess.Anonymous, 100 + round, default);
                computed.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                _ = await wording.LoadAsync(scope, ReaderAccess.Anonymous, 100 + round, default);
                kept.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {slug} | {speeches:N0} | {megabytes:F1} | {Percentile.Of(computed, 50):F0} (p50), {computed.Max():F0} (max) | {Percentile.Of(kept, 50):F1} |"));
        }
    }

    private static async Task<(string Broad, string Narrow)> ThemesAsync(IDbContextFactory<SeminarDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var roots = await db.ReformThemes.Where(t => t.ParentId == null)
            .Select(t => new { t.Slug, Speeches = t.Speeches.Count + t.Children.Sum(c => c.Speeches.Count) })
            .OrderByDescending(t => t.Speeches).ThenBy(t => t.Slug)
            .ToListAsync();
        return (roots[0].Slug, roots[^1].Slug);
    }

    private static async Task<(int Speeches, double Megabytes)> SizeAsync(IDbContextFactory<SeminarDbContext> dbFactory, IReadOnlyList<int> scope)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var visible = db.Meetings.VisibleTo(ReaderAccess.Anonymous);
        var speeches = db.Speeches.Where(s => s.Themes.Any(t => scope.Contains(t.Id)) && visible.Any(m => m.Id == s.MeetingId));
        var count = await speeches.CountAsync();
        var characters = await speeches.SelectMany(s => s.Texts).SumAsync(t => (long)t.BodyMarkdown.Length);
        return (count, characters / 1_000_000.0);
    }
}
