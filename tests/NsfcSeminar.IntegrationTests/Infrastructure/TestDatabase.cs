using Npgsql;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>The PostgreSQL server that scripts/test.sh provisions, named by SEMINAR_TEST_CONNECTION
/// (a connection string without a database).</summary>
internal static class TestDatabase
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("SEMINAR_TEST_CONNECTION")
        ?? throw new InvalidOperationException(
            "SEMINAR_TEST_CONNECTION is not set. Run the tests with scripts/test.sh, which starts a throwaway PostgreSQL and sets it.");

    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>Drops and creates a database, so every run starts from an empty one.</summary>
    public static async Task<string> CreateEmptyAsync(string database)
    {
        var admin = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" ENCODING 'UTF8'", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return For(database);
    }
}
