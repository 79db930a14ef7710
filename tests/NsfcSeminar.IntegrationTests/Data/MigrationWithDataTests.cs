using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>The migrations of format 2 (unknown values; speakers, sessions, sources) run on an
/// archive that holds records: every field every record had before is there after, unchanged.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MigrationWithDataTests
{
    /// <summary>The last migration before format 2.</summary>
    private const string BeforeFormatTwo = "20261205010650_SignInThrottles";

    /// <summary>The tables whose rows format 2 extends, each with the key that orders its rows.</summary>
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["meetings"] = "id", ["organisations"] = "id", ["people"] = "id", ["participations"] = "id", ["speeches"] = "id",
        ["meeting_texts"] = "meeting_id, language", ["speech_texts"] = "speech_id, language",
    };

    private static IEnumerable<string> Tables => Keys.Keys;

    [Fact]
    public async Task Migrating_an_archive_with_records_keeps_every_field_of_every_record()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("nsfc_seminar_migration_with_data");
        await using var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddSeminarData(connectionString).BuildServiceProvider();
        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: true);
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeFormatTwo);
        var before = await RowsAsync(connectionString);

        await migrator.MigrateAsync();

        var after = await RowsAsync(connectionString);
        foreach (var table in Tables)
        {
            Assert.NotEmpty(before[table]);
            Assert.Equal(before[table].Count, after[table].Count);
            for (var i = 0; i < before[table].Count; i++)
            {
                foreach (var (column, value) in before[table][i])
                {
                    Assert.True(JsonNode.DeepEquals(value, after[table][i][column]), $"{table} row {i}: {column} was {value}, is {after[table][i][column]}");
                }
            }
        }
    }

    private static async Task<Dictionary<string, List<JsonObject>>> RowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new Dictionary<string, List<JsonObject>>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(json_agg(to_jsonb(t) ORDER BY {Keys[table]}), '[]')::text FROM {table} t", connection);
            var json = (string)(await command.ExecuteScalarAsync())!;
            rows[table] = [.. JsonNode.Parse(json)!.AsArray().Select(row => row!.AsObject())];
        }

        return rows;
    }
}
