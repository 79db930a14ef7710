using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Sample;
using Respawn;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>
/// One empty database per test run, migrated by the portal itself at start-up, shared by every
/// integration test. Tests run one at a time (one collection) and start from a clean slate with
/// <see cref="ResetAsync"/>.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = "";

    public PortalFactory Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateEmptyAsync("nsfc_integration_tests");
        Portal = new PortalFactory(ConnectionString);

        // Creating a client starts the portal, which applies the migrations.
        Portal.CreateClient().Dispose();

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The roles are seeded by a migration, as the schema is: they outlive a reset. So do
            // the data protection keys, which the running portal holds in memory.
            TablesToIgnore = ["__EFMigrationsHistory", "roles", "data_protection_keys"],
        });
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }

    public SeminarDbContext CreateDbContext() =>
        Portal.Services.GetRequiredService<IDbContextFactory<SeminarDbContext>>().CreateDbContext();

    public async Task ResetAsync()
    {
        // The portal's search copy reads the documents in the background, woken by the last
        // test's changes; emptying every table can deadlock with that read, and PostgreSQL then
        // aborts one of the two. The copy tries again by itself; so does the reset.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                await _respawner!.ResetAsync(connection);
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(100 * attempt);
            }
        }

        Portal.SqlCommands.Reset();
    }

    /// <summary>Empties the database and loads the sample archive, as a first run does.</summary>
    public async Task ResetWithSampleArchiveAsync()
    {
        await ResetAsync();
        await using var db = CreateDbContext();
        SampleArchive.AddTo(db);
        await db.SaveWithRevisionsAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseTestGroup : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "database";
}
