using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Features.Search.Copy;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// <c>snippets CONNECTION QUERY...</c>: the CPU a page's snippets cost, per query, cut by the
/// portal's own <see cref="SnippetReader"/> from the same sample of about 200 speeches of the
/// archive (both languages, a Chinese reader's page), without PostgreSQL or HTTP around it. The
/// median of ten rounds after two to warm up, as milliseconds per 20 rows (a page).
/// </summary>
internal sealed class SnippetBenchmark(string connection, IReadOnlyList<string> queries)
{
    private const int PageSize = 20;

    public async Task RunAsync()
    {
        var texts = await SampleAsync();
        var markdown = new MarkdownRenderer();
        using var analyzer = new SearchAnalyzer();
        Console.WriteLine($"{texts.Count} speeches; load {File.ReadAllText("/proc/loadavg").Trim()}");
        foreach (var query in queries)
        {
            var values = QueryHelpers.ParseQuery(query);
            var request = SearchRequest.Parse(name => values.TryGetValue(name, out var value) ? value.ToString() : null);
            var plan = SearchPlan.For(request, new FilterIds(null, null, null, null), ReaderAccess.Anonymous, analyzer, []);
            var snippets = new SnippetReader(markdown, Language.Zh, plan?.Marked, analyzer);
            var matched = texts.Count(t => snippets.Choose(t.English, t.Chinese).Parts.Any(p => p.IsMatch));
            var perPage = new List<double>();
            for (var round = 0; round < 12; round++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var (english, chinese) in texts)
                {
                    snippets.Choose(english, chinese);
                }

                var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
                if (round >= 2)
                {
                    perPage.Add(cpu.TotalMilliseconds / texts.Count * PageSize);
                }
            }

            perPage.Sort();
            Console.WriteLine($"{query,-32} marked in {matched,3} of {texts.Count}; CPU a page: median {perPage[perPage.Count / 2]:F2} ms");
        }
    }

    private async Task<List<(string? English, string? Chinese)>> SampleAsync()
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT e.body_markdown, z.body_markdown FROM speech_texts e
            JOIN speech_texts z ON z.speech_id = e.speech_id AND z.language = 'zh'
            WHERE e.language = 'en' AND e.speech_id % 97 = 3 ORDER BY e.speech_id LIMIT 200
            """, db);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<(string?, string?)>();
        while (await reader.ReadAsync())
        {
            texts.Add((reader.GetString(0), reader.GetString(1)));
        }

        return texts;
    }
}
