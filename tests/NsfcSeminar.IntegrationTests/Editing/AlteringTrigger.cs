using Npgsql;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>
/// A trigger that makes the database store a column differently from what a save sent (it
/// appends " [altered]" to values holding <see cref="Marker"/>): the stand-in for any fault
/// between the form and the disk, with no hook in the portal's code. Dropped when disposed.
/// </summary>
internal sealed class AlteringTrigger : IAsyncDisposable
{
    public const string Marker = "[alter-me]";

    private readonly string _connectionString;
    private readonly string _table;

    private AlteringTrigger(string connectionString, string table)
    {
        _connectionString = connectionString;
        _table = table;
    }

    public static async Task<AlteringTrigger> OnAsync(string connectionString, string table, string column)
    {
        await ExecuteAsync(connectionString, $"""
            CREATE OR REPLACE FUNCTION test_alter_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.{column} LIKE '%{Marker}%' THEN
                    NEW.{column} := NEW.{column} || ' [altered]';
                END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER test_alter_{table} BEFORE INSERT OR UPDATE ON {table}
                FOR EACH ROW EXECUTE FUNCTION test_alter_{table}();
            """);
        return new AlteringTrigger(connectionString, table);
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync(_connectionString, $"""
        DROP TRIGGER IF EXISTS test_alter_{_table} ON {_table};
        DROP FUNCTION IF EXISTS test_alter_{_table}();
        """);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
