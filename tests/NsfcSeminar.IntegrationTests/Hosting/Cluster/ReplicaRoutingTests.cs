using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting.Cluster;

/// <summary>
/// Anonymous reading goes to a real hot standby (ADR-018) while it keeps up; a browser that wrote,
/// and every reader once the standby falls behind the bound, is served from the primary. The
/// standby's replay is paused to hold it behind: the record saved meanwhile is on the primary only.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class ReplicaRoutingTests(DatabaseFixture fixture, StandbyFixture standby) : IClassFixture<StandbyFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => standby.ResumeReplayAsync();

    [Fact]
    public async Task An_anonymous_reader_within_the_lag_bound_is_served_from_the_replica()
    {
        await using var portal = PortalWithReplica(maxLagSeconds: 3600);
        using var client = portal.CreateClient();
        await standby.CatchUpAsync();
        await WaitForReplicaAsync(client, status => status.GetProperty("replicaUp").GetBoolean());
        await standby.PauseReplayAsync();

        var slug = await SaveMeetingAsync("Seminar saved while the replica waits");

        using var reader = await client.GetAsync($"/en/meetings/{slug}");
        Assert.Equal(HttpStatusCode.NotFound, reader.StatusCode);
    }

    [Fact]
    public async Task A_browser_that_wrote_reads_its_write_from_the_primary_until_the_replica_has_replayed_it()
    {
        await using var portal = PortalWithReplica(maxLagSeconds: 3600);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        await standby.CatchUpAsync();
        await WaitForReplicaAsync(client, status => status.GetProperty("replicaUp").GetBoolean());
        await standby.PauseReplayAsync();

        var slug = await SaveMeetingAsync("Seminar its writer reads at once");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/en/meetings/{slug}");
        request.Headers.Add("Cookie", $"seminar-written={await PrimaryPositionAsync()}");
        using var writer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, writer.StatusCode);
        Assert.Contains("Seminar its writer reads at once", await writer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_fall_back_to_the_primary_when_the_replica_lags_beyond_the_bound()
    {
        await using var portal = PortalWithReplica(maxLagSeconds: 0);
        using var client = portal.CreateClient();
        await standby.CatchUpAsync();
        await standby.PauseReplayAsync();

        var slug = await SaveMeetingAsync("Seminar a lagging replica has not seen");
        var lag = await WaitForReplicaAsync(client, status => status.GetProperty("lagSeconds").GetDouble() > 0);
        using var reader = await client.GetAsync($"/en/meetings/{slug}");

        Assert.Equal("Degraded", lag.GetProperty("status").GetString());
        Assert.True(lag.GetProperty("data").GetProperty("lagBytes").GetInt64() > 0);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Contains("Seminar a lagging replica has not seen", await reader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> PortalWithReplica(int maxLagSeconds) => fixture.Portal.With(
        ("ConnectionStrings:Replica", standby.For(new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Database!)),
        ("Seminar:Replica:MaxLagSeconds", $"{maxLagSeconds}"),
        ("Seminar:Replica:PollMilliseconds", "100"));

    private async Task<string> SaveMeetingAsync(string title)
    {
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting(title, new DateOnly(2025, 3, 4));
        db.Meetings.Add(meeting);
        await db.SaveWithRevisionsAsync();
        return meeting.Slug;
    }

    private async Task<string> PrimaryPositionAsync()
    {
        await using var primary = new NpgsqlConnection(fixture.ConnectionString);
        await primary.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The portal samples the servers a few times a second; waits for a sample that
    /// shows what the test needs, and returns <c>/health/replica</c>'s answer then.</summary>
    private static async Task<JsonElement> WaitForReplicaAsync(HttpClient client, Func<JsonElement, bool> shows)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await client.GetAsync("/health/replica");
            var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (shows(health.GetProperty("data")))
            {
                return health;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The portal's replica monitor never saw the expected state.");
    }
}
