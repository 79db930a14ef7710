using System.Diagnostics;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>scripts/backup.sh and scripts/restore.sh, run as an operator would: a dump of the
/// archive restored into a fresh database exports exactly the same bundle.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class BackupRestoreTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_backup_restored_into_a_fresh_database_holds_the_same_archive()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var before = await Archive.Shared(fixture).ExportAsync();
        var dump = Path.Combine(Path.GetTempPath(), $"nsfc-backup-test-{Guid.NewGuid():N}.dump");
        var restored = TestDatabase.For("nsfc_restore_test");
        await TestDatabase.CreateEmptyAsync("nsfc_restore_test");

        try
        {
            var backup = await RunScriptAsync("backup.sh", fixture.ConnectionString, dump);
            var refused = await RunScriptAsync("restore.sh", fixture.ConnectionString, dump);
            var restore = await RunScriptAsync("restore.sh", restored, dump);
            await using var copy = await Archive.OpenAsync(restored);
            var after = await copy.ExportAsync();

            Assert.True(backup.ExitCode == 0, backup.Output);
            Assert.Contains("Backed up database nsfc_integration_tests", backup.Output, StringComparison.Ordinal);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("Add --replace", refused.Output, StringComparison.Ordinal);
            Assert.True(restore.ExitCode == 0, restore.Output);
            Assert.Equal(before, after);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, string connectionString, params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryFolder.Root, "scripts", script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Seminar"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
