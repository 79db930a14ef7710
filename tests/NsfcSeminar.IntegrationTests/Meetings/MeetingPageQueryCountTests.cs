using NsfcSeminar.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NsfcSeminar.IntegrationTests.Meetings;

[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingPageQueryCountTests(DatabaseFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Meeting_page_sends_the_same_number_of_SQL_commands_for_two_speeches_and_for_forty()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Talent");
        var small = await ArchiveBuilder.Meeting("Short seminar", new DateOnly(2024, 1, 10)).WithSpeeches(2, theme).SaveAsync(db);
        var large = await ArchiveBuilder.Meeting("Long seminar", new DateOnly(2024, 1, 11)).WithSpeeches(40, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var forSmall = await fixture.Portal.CountSqlCommandsAsync(client, $"/meetings/{small.Slug}");
        var forLarge = await fixture.Portal.CountSqlCommandsAsync(client, $"/meetings/{large.Slug}");

        output.WriteLine($"SQL commands for a meeting page: {forSmall} with 2 speeches, {forLarge} with 40");
        Assert.Equal(forSmall, forLarge);

        // One round trip for the meeting with its texts, citations, the themes of the meeting and
        // of its speeches, participants, speeches with their texts, sessions, and sources with
        // their copies (MeetingRecordQuery, seven statements), and the nearest seminars to compare
        // it with (ComparisonChoicesQuery), all sent together (MeetingPageQuery).
        Assert.Equal(1, forLarge);
    }

    [Fact]
    public async Task Meeting_page_sends_every_command_through_the_pool_that_prepares_its_statements()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Prepared seminar", new DateOnly(2024, 2, 10)).WithSpeeches(3, ArchiveBuilder.Theme("Funding")).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var sent = await fixture.Portal.CountSqlCommandsAsync(client, $"/meetings/{meeting.Slug}");

        Assert.Equal(sent, fixture.Portal.SqlCommands.FromPreparingPool);
    }
}
