using System.Net;
using System.Net.Sockets;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Errors;

/// <summary>A portal whose database has gone away says so with a 503 in each asker's format: a
/// friendly page for readers, problem details, plain text or an OAI-PMH 503 for machines.</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task Pages_say_the_database_is_unreachable_without_a_stack_trace()
    {
        await using var portal = new PortalFactory(ConnectionStringToAClosedPort(), initialiseDatabase: false);
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/en/meetings");
        var page = await HtmlPage.FromResponseAsync(response, client);
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains("database cannot be reached", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("/api/meetings", "application/problem+json")]
    [InlineData("/api/speeches?q=reform", "application/problem+json")]
    [InlineData("/feeds/seminars.atom", "text/plain")]
    [InlineData("/search/export.csv?q=reform", "text/plain")]
    [InlineData("/en/search/cite.bib?q=reform", "text/plain")]
    [InlineData("/oai?verb=ListRecords&metadataPrefix=oai_dc", "text/plain")]
    public async Task Machines_hear_503_with_Retry_After_in_their_own_format(string url, string mediaType)
    {
        await using var portal = new PortalFactory(ConnectionStringToAClosedPort(), initialiseDatabase: false);
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        // OAI-PMH 2.0, section 3.1.2.2: a harvester waits for Retry-After after a 503.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("database cannot be reached", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
    }

    internal static string ConnectionStringToAClosedPort()
    {
        // A port that was free a moment ago: nothing listens there.
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Username=nobody;Password=none;Database=none;Timeout=2";
    }
}
