using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting.Cluster;

/// <summary>
/// A real hot standby of the test server, made by the scripts' own <c>pg_replica_init</c>
/// (pg_basebackup, streaming replication) and removed afterwards, so that replica routing is
/// tested against what scripts/cluster.sh runs.
/// </summary>
public sealed class StandbyFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nsfc-standby-").FullName;

    public int Port { get; private set; }

    public string For(string database) =>
        new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Port = Port, Database = database, Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        var primary = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString);
        var passwordFile = Path.Combine(_folder, "primary-password");
        await File.WriteAllTextAsync(passwordFile, primary.Password);
        var output = await ScriptAsync(
            // The postgres user runs the standby (when the tests run as root) and must enter its folder.
            $"""chmod 755 "$1" && port=$(pg_free_port) && pg_replica_init "$1/standby" {primary.Port} "$1/primary-password" && pg_start "$1/standby" "$port" hot_standby_feedback=on && echo "$port" """);
        Port = int.Parse(output.Trim().Split('\n')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        await ScriptAsync("""pg_stop "$1/standby" """);
        Directory.Delete(_folder, recursive: true);
    }

    public Task PauseReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_pause()");

    public Task ResumeReplayAsync() => ExecuteAsync("SELECT pg_wal_replay_resume()");

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public async Task CatchUpAsync()
    {
        NpgsqlLogSequenceNumber target;
        await using (var primary = new NpgsqlConnection(TestDatabase.For("postgres")))
        {
            await primary.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()", primary);
            target = (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync())!;
        }

        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var standby = new NpgsqlConnection(For("postgres"));
            await standby.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn()", standby);
            if ((NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync())! >= target)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The standby did not replay up to {target} within 30 s.");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var standby = new NpgsqlConnection(For("postgres"));
        await standby.OpenAsync();
        await using var command = new NpgsqlCommand(sql, standby);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs bash with scripts/lib/postgres.sh sourced and this fixture's folder as $1.</summary>
    private async Task<string> ScriptAsync(string commands)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"""source "{root}/scripts/lib/postgres.sh" && {commands}""", "standby", _folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Making the standby failed ({process.ExitCode}): {await errors}");
        }

        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "lib", "postgres.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's scripts/ folder was not found above the test assembly.");
    }
}
