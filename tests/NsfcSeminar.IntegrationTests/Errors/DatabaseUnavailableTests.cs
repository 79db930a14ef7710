using System.Net;
using System.Net.Sockets;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Errors;

/// <summary>A portal whose database has gone away answers with a friendly page, not a stack trace.</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task Pages_say_the_database_is_unreachable_without_a_stack_trace()
    {
        await using var portal = new PortalFactory(ConnectionStringToAClosedPort(), initialiseDatabase: false);
        using var client = portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/meetings");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains("database cannot be reached", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    private static string ConnectionStringToAClosedPort()
    {
        // A port that was free a moment ago: nothing listens there.
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Username=nobody;Password=none;Database=none;Timeout=2";
    }
}
