using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>The migrations need nothing beyond PostgreSQL and its contrib modules (ADR-017): they
/// run on a database where the RUM extension cannot be created, as on the stock postgres:15
/// image, and leave no SQL search behind.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MigrationsWithoutRumTests
{
    /// <summary>The last migration before the SQL search was removed.</summary>
    private const string BeforeOneEngine = "20261205054320_WhoSpokeSessionsAndSources";

    /// <summary>Refuses CREATE EXTENSION rum in this database, as a cluster without the package
    /// would: the statement fails and its transaction with it.</summary>
    private const string RefuseRum = """
        CREATE FUNCTION refuse_rum() RETURNS event_trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() WHERE object_type = 'extension' AND object_identity = 'rum') THEN
            RAISE EXCEPTION 'extension "rum" is not available';
          END IF;
        END $$;
        CREATE EVENT TRIGGER refuse_rum ON ddl_command_end WHEN TAG IN ('CREATE EXTENSION') EXECUTE FUNCTION refuse_rum();
        """;

    [Fact]
    public async Task Every_migration_runs_where_RUM_cannot_be_installed_and_leaves_no_SQL_search()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("nsfc_seminar_without_rum");
        await ExecuteAsync(connectionString, RefuseRum);
        await using var services = Services(connectionString);

        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: true);

        Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM pg_extension WHERE extname = 'rum'"));
        Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM pg_proc WHERE proname IN ('search_term_query', 'search_vector', 'search_cjk_bigrams')"));
        Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'tsvector'"));
        Assert.True(await ScalarAsync(connectionString, "SELECT count(*) FROM search_documents") > 0);
    }

    [Fact]
    public async Task No_migration_script_mentions_the_RUM_extension_or_index()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("nsfc_seminar_without_rum_script");
        await using var services = Services(connectionString);
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE meetings", script, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE EXTENSION IF NOT EXISTS rum", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("USING rum", script, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>From the schema before, with records: every published meeting's documents are
    /// there after the SQL search is removed, now with their status and visibility.</summary>
    [Fact]
    public async Task Removing_the_SQL_search_keeps_the_documents_of_an_archive_with_records()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("nsfc_seminar_one_engine_with_data");
        await using var services = Services(connectionString);
        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: true);
        await using var db = await services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContextAsync();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeOneEngine);
        const string Published = "SELECT count(*) FROM search_documents d JOIN meetings m ON m.id = d.meeting_id WHERE m.status = 'Published'";
        var before = await ScalarAsync(connectionString, Published);

        await migrator.MigrateAsync();

        Assert.True(before > 0);
        Assert.Equal(before, await ScalarAsync(connectionString, Published));
        Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT count(*) FROM search_documents d JOIN meetings m ON m.id = d.meeting_id WHERE (d.status, d.visibility) <> (m.status, m.visibility)"));
        Assert.Equal(await ScalarAsync(connectionString, "SELECT count(*) FROM meetings"), await ScalarAsync(connectionString, "SELECT count(*) FROM search_documents WHERE speech_id IS NULL"));
    }

    private static ServiceProvider Services(string connectionString) =>
        new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddSeminarData(connectionString).BuildServiceProvider();

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
