using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.IntegrationTests.Meetings;

/// <summary>The meeting page's statements go to PostgreSQL as one command; planning them on every
/// page cost more than running them, so each must stay prepared on the connection.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingStatementsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Each_statement_of_the_meeting_pages_command_is_kept_prepared()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Prepared together", new DateOnly(2024, 3, 1)).WithSpeeches(2, ArchiveBuilder.Theme("Batching")).SaveAsync(db);
        await using var reading = fixture.CreateDbContext();
        reading.Database.UsePreparedStatements();
        await reading.Database.OpenConnectionAsync();

        // Npgsql prepares a statement once it has been sent a few times (AutoPrepareMinUsages).
        for (var i = 0; i < 6; i++)
        {
            await using var rows = await MeetingStatements.ReadAsync(reading, MeetingRecordQuery.Sql, [meeting.Slug], default);
        }

        var prepared = await reading.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements").SingleAsync();
        Assert.True(prepared >= 7, $"{prepared} statements prepared on the connection, the command has 7");
    }
}
