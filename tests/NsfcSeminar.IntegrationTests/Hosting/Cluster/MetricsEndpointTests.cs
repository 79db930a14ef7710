using System.Net;
using System.Net.Http.Headers;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting.Cluster;

/// <summary><c>/metrics</c> answers the operator (loopback, a configured network, or the bearer
/// token) and nobody else, who sees the portal's ordinary 404. The test client has no address,
/// like a reader whose address is neither loopback nor configured.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MetricsEndpointTests(DatabaseFixture fixture)
{
    private const string Token = "operator-token-for-tests";

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic b3BlcmF0b3I6dG9rZW4=")]
    public async Task Metrics_are_refused_to_a_client_that_is_not_the_operator(string? authorization)
    {
        await using var portal = fixture.Portal.With(("Seminar:Metrics:BearerToken", Token));
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_with_the_bearer_token_reads_request_latency_in_prometheus_format()
    {
        await using var portal = fixture.Portal.With(("Seminar:Metrics:BearerToken", Token));
        using var client = portal.CreateClient();
        (await client.GetAsync("/en/meetings")).Dispose();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_configured_no_bearer_opens_the_metrics()
    {
        using var client = fixture.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
