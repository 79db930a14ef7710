using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>Revision contents stored as jsonb become json (issue 14, migration
/// RevisionContentAsJson): every stored content reads back the same, and a save compares the
/// record with a content stored as jsonb as with one written since.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class RevisionContentMigrationTests
{
    /// <summary>The last migration while the contents were jsonb.</summary>
    private const string WhileJsonb = "20261206010000_SearchRefreshJoinsOnce";

    [Fact]
    public async Task Contents_stored_as_jsonb_read_back_the_same_as_json_and_an_unchanged_save_adds_no_revision()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("nsfc_seminar_revision_json");
        await using var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddSeminarData(connectionString).BuildServiceProvider();
        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: true);
        var factory = services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync(WhileJsonb);
        }

        var before = await ContentsAsync(connectionString);
        Assert.Equal("jsonb", await ColumnTypeAsync(connectionString));
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync();
        }

        var after = await ContentsAsync(connectionString);
        Assert.Equal("json", await ColumnTypeAsync(connectionString));
        Assert.Contains(before.Values, content => content.Contains("\"Speeches\"", StringComparison.Ordinal));
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, stored => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored.Value), JsonNode.Parse(after[stored.Key])), $"revision {stored.Key} changed"));

        await using var edit = await factory.CreateDbContextAsync();
        var meeting = await edit.Meetings.Include(m => m.Texts).FirstAsync();
        var stored = await edit.Set<Revision>().AsNoTracking().Where(r => r.RecordType == RecordType.Meeting && r.RecordId == meeting.Id).OrderBy(r => r.Number).LastAsync();
        Assert.Equal(meeting.Slug, RecordSnapshots.Deserialize<MeetingSnapshot>(stored.Content).Slug);

        // Touched but unchanged: the content stored as jsonb equals the one this save writes.
        meeting.UpdatedAt = meeting.UpdatedAt.AddMinutes(1);
        await edit.SaveWithRevisionsAsync();
        Assert.Equal(stored.Number, await LatestAsync(edit, meeting.Id));

        meeting.Texts[0].Title += " (revised)";
        await edit.SaveWithRevisionsAsync();
        Assert.Equal(stored.Number + 1, await LatestAsync(edit, meeting.Id));
    }

    private static Task<int> LatestAsync(SeminarDbContext db, int meetingId) =>
        db.Set<Revision>().Where(r => r.RecordType == RecordType.Meeting && r.RecordId == meetingId).MaxAsync(r => r.Number);

    private static async Task<Dictionary<long, string>> ContentsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, content::text FROM revisions ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var contents = new Dictionary<long, string>();
        while (await reader.ReadAsync())
        {
            contents[reader.GetInt64(0)] = reader.GetString(1);
        }

        Assert.NotEmpty(contents);
        return contents;
    }

    private static async Task<string> ColumnTypeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT atttypid::regtype::text FROM pg_attribute WHERE attrelid = 'revisions'::regclass AND attname = 'content'", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
