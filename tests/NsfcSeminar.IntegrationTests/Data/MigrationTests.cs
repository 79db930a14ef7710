using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

[Collection(DatabaseTestGroup.Name)]
public sealed class MigrationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var db = fixture.CreateDbContext();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = fixture.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add: the model differs from the last migration.");
    }

    [Fact]
    public async Task A_slug_that_breaks_the_rule_is_refused_by_the_database()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        db.People.Add(new NsfcSeminar.Data.Model.Person { Slug = "Not A Slug" });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveWithRevisionsAsync());

        Assert.Contains("ck_person_slug", error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speech_without_a_speaker_is_refused_by_the_database()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting("Speakerless", new DateOnly(2024, 1, 1));
        meeting.Speeches.Add(new NsfcSeminar.Data.Model.Speech { Anchor = "nobody", Kind = NsfcSeminar.Data.Model.SpeechKind.Report });
        db.Meetings.Add(meeting);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveWithRevisionsAsync());

        Assert.Contains("ck_speeches_has_speaker", error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revision_contents_are_compressed_with_lz4_where_the_server_has_it()
    {
        await using var db = fixture.CreateDbContext();

        var has = await db.Database.SqlQueryRaw<bool>(
            "SELECT 'lz4' = ANY (enumvals) AS \"Value\" FROM pg_settings WHERE name = 'default_toast_compression'").SingleAsync();
        var method = await db.Database.SqlQueryRaw<string>(
            "SELECT attcompression::text AS \"Value\" FROM pg_attribute WHERE attrelid = 'revisions'::regclass AND attname = 'content'").SingleAsync();

        Assert.Equal(has ? "l" : "", method);
    }
}
