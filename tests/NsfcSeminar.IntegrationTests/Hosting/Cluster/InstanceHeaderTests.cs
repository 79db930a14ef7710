using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting.Cluster;

/// <summary>Every answer names the instance that served it, so that the spread over instances
/// behind a load balancer can be seen.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class InstanceHeaderTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("/en/meetings", HttpStatusCode.OK)]
    [InlineData("/api/meetings", HttpStatusCode.OK)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/en/meetings/no-such-seminar", HttpStatusCode.NotFound)]
    [InlineData("/api/meetings?page=0", HttpStatusCode.BadRequest)]
    public async Task Every_answer_names_the_configured_instance(string url, HttpStatusCode status)
    {
        await fixture.ResetAsync();
        await using var portal = fixture.Portal.With(("Seminar:InstanceName", "instance-7"));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("instance-7", Assert.Single(response.Headers.GetValues("X-Instance")));
    }

    [Fact]
    public async Task Without_a_configured_name_the_instance_is_named_by_its_machine()
    {
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.StartsWith($"{Environment.MachineName}:", Assert.Single(response.Headers.GetValues("X-Instance")), StringComparison.Ordinal);
    }
}
