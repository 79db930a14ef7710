using System.Net;
using Npgsql;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Errors;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting.Cluster;

/// <summary>With the primary out of reach and the standby up, reading goes on from the standby and
/// editing pages say, in the reader's language, that editing is paused (ADR-018).</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class PrimaryAwayTests(DatabaseFixture fixture, StandbyFixture standby) : IClassFixture<StandbyFixture>
{
    [Theory]
    [InlineData("/en/edit", "Editing is paused")]
    [InlineData("/zh/edit", "编辑暂停")]
    [InlineData("/en/admin/accounts", "Editing is paused")]
    public async Task Editing_pages_show_the_read_only_notice_while_reading_goes_on(string editing, string notice)
    {
        await fixture.ResetAsync();
        string slug;
        await using (var db = fixture.CreateDbContext())
        {
            var meeting = ArchiveBuilder.Meeting("Seminar read while the primary is away", new DateOnly(2025, 5, 6));
            db.Meetings.Add(meeting);
            await db.SaveWithRevisionsAsync();
            slug = meeting.Slug;
        }

        await standby.CatchUpAsync();
        var database = new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Database!;
        await using var portal = new PortalFactory(DatabaseUnavailableTests.ConnectionStringToAClosedPort(), initialiseDatabase: false).With(
            ("ConnectionStrings:Replica", standby.For(database)),
            ("Seminar:Replica:PollMilliseconds", "100"));
        using var client = portal.CreateClient();
        await WaitUntilPrimaryIsMissedAsync(client);

        using var reading = await client.GetAsync($"/en/meetings/{slug}");
        using var editingPage = await client.GetAsync(editing);
        var text = (await HtmlPage.FromResponseAsync(editingPage, client)).Text;

        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
        Assert.Contains("Seminar read while the primary is away", await reading.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, editingPage.StatusCode);
        Assert.Contains(notice, text, StringComparison.Ordinal);
        Assert.True(editingPage.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    private static async Task WaitUntilPrimaryIsMissedAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var health = await client.GetStringAsync("/health/replica");
            if (health.Contains("\"primaryUp\":false", StringComparison.Ordinal) && health.Contains("\"replicaUp\":true", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The portal never noticed that the primary is away.");
    }
}
