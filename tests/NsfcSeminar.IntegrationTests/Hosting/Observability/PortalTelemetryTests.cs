using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Interchange;
using NsfcSeminar.Web.Features.Alerts;
using NsfcSeminar.Web.Features.Interchange.Importing;
using NsfcSeminar.Web.Hosting.Observability;

namespace NsfcSeminar.IntegrationTests.Hosting.Observability;

/// <summary>A search is traced stage by stage (with its SQL, by Npgsql's instrumentation); the
/// search stages, the copy, imports and the digest are measured on the metrics the operator
/// scrapes, and each search's stages are in its Server-Timing header; an anonymous reader is
/// refused both.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PortalTelemetryTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private const string Token = "operator-token-for-telemetry-tests";
    private const string Search = "/en/search?q=reform";
    private static readonly string[] Stages = ["catch-up", "resolve-filters", "copy-query", "page-rows", "snippets", "total"];

    public Task InitializeAsync() => fixture.ResetWithSampleArchiveAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_search_is_traced_as_spans_for_each_stage_and_its_sql()
    {
        var spans = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is SeminarMetrics.Name or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => spans.Add($"{activity.Source.Name}:{activity.OperationName}"),
        };
        ActivitySource.AddActivityListener(listener);
        await using var portal = fixture.Portal.With();
        using var client = portal.CreateClient();

        await SearchUntilReadyAsync(client);

        Assert.All(Stages, stage => Assert.Contains($"{SeminarMetrics.Name}:search.{stage}", spans));
        Assert.Contains(spans, span => span.StartsWith("Npgsql:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_operator_reads_request_latency_and_each_search_stage_after_a_search()
    {
        await using var portal = fixture.Portal.With(("Seminar:Metrics:BearerToken", Token));
        using var client = portal.CreateClient();
        await SearchUntilReadyAsync(client);
        await ChangeASpeechAsync();

        using var anonymous = await client.GetAsync("/metrics");
        var body = await ScrapeUntilAsync(client, "seminar_search_catch_ups_total");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", body, StringComparison.Ordinal);
        Assert.Contains("# TYPE seminar_search_duration_seconds histogram", body, StringComparison.Ordinal);
        Assert.All(Stages, stage => Assert.Contains($"seminar_search_duration_seconds_count{{otel_scope_name=\"{SeminarMetrics.Name}\",stage=\"{stage}\"}}", body, StringComparison.Ordinal));
        Assert.Contains("seminar_search_copy_documents", body, StringComparison.Ordinal);
        Assert.Contains("seminar_search_copy_lag_seconds", body, StringComparison.Ordinal);
        Assert.Contains("seminar_search_catch_ups_total", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_operator_is_told_how_long_each_stage_of_their_search_took()
    {
        await using var portal = fixture.Portal.With(("Seminar:Metrics:BearerToken", Token));
        using var client = portal.CreateClient();
        await SearchUntilReadyAsync(client);

        using var anonymous = await client.GetAsync("/en/search?q=evaluation");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/search?q=funding");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var asked = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.False(anonymous.Headers.Contains("Server-Timing"));
        var stages = asked.Headers.GetValues("Server-Timing").SelectMany(v => v.Split(", "))
            .Select(entry => entry.Split(";dur="))
            .ToDictionary(entry => entry[0], entry => double.Parse(entry[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["resolve-filters", "copy-query", "page-rows", "catch-up", "snippets", "total"], stages.Keys);
        Assert.InRange(stages["copy-query"], 0, stages["total"]);
    }

    [Fact]
    public async Task The_operator_reads_an_imports_progress_and_records_and_the_digests_runs()
    {
        var bundle = await Archive.Shared(fixture).ExportAsync();
        await using var portal = fixture.Portal.With(("Seminar:Metrics:BearerToken", Token));
        using var client = portal.CreateClient();

        var report = await portal.Services.GetRequiredService<ArchiveImport>()
            .RunAsync(new ImportSource("archive.json", () => new MemoryStream(bundle, writable: false), bundle.Length), dryRun: true);
        var digest = await portal.Services.GetRequiredService<DigestJob>().RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(report.Succeeded);
        Assert.True(digest.Ran);
        // The last progress is at the last seminar read: the file's closing bytes come after it.
        var progress = body.Split('\n').Single(l => l.StartsWith("seminar_import_progress{", StringComparison.Ordinal));
        Assert.InRange(double.Parse(progress.Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture), 0.9, 1.0);
        Assert.Contains("seminar_import_records_total{otel_scope_name=\"NsfcSeminar\",committed=\"false\",kind=\"Seminars\"}", body, StringComparison.Ordinal);
        Assert.Contains("seminar_alerts_runs_total{otel_scope_name=\"NsfcSeminar\",outcome=\"nothing-new\"} 1", body, StringComparison.Ordinal);
    }

    /// <summary>A change the copy catches up with (and counts) once PostgreSQL notifies it.</summary>
    private async Task ChangeASpeechAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var update = new Npgsql.NpgsqlCommand("UPDATE speech_texts SET body_markdown = body_markdown || ' Counted.' WHERE (speech_id, language) = (SELECT speech_id, language FROM speech_texts ORDER BY speech_id, language LIMIT 1)", connection);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    /// <summary>The operator's scrape, once it shows <paramref name="metric"/> (within 10 s).</summary>
    private static async Task<string> ScrapeUntilAsync(HttpClient client, string metric)
    {
        var body = "";
        for (var attempt = 0; attempt < 40 && !body.Contains(metric, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 250);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            body = await response.Content.ReadAsStringAsync();
        }

        return body;
    }

    /// <summary>A search that found something: the copy builds when the portal starts.</summary>
    private static async Task SearchUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var page = (await HtmlPage.GetAsync(client, Search)).Text;
            if (!page.Contains("Search is being prepared.", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail("The search copy was not ready within 30 s.");
    }
}
