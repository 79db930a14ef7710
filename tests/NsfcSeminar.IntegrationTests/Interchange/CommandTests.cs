using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Commands;
using NsfcSeminar.Web.Features.Interchange.Exporting;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>The import and export commands as <c>scripts/run.sh</c> runs them: exit codes, what
/// they print, and where.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class CommandTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nsfc-commands-").FullName;

    [Fact]
    public async Task Export_writes_the_published_archive_and_says_what_it_wrote()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var file = Path.Combine(_folder, "archive.json");

        var (code, output, errors) = await RunAsync("export", file);

        Assert.True(code == 0, errors);
        Assert.StartsWith("Exported 4 seminars and 11 speeches (the published public seminars) to ", output, StringComparison.Ordinal);
        Assert.Equal(await Archive.Shared(fixture).ExportAsync(ExportScope.Published), await File.ReadAllBytesAsync(file));
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public async Task Import_reports_counts_and_a_second_import_leaves_everything_alone()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var file = Path.Combine(_folder, "everything.json");
        await RunAsync("export", file, "--include-unpublished");

        var (code, output, _) = await RunAsync("import", file);

        Assert.Equal(0, code);
        Assert.Contains("Imported everything.json in ", output, StringComparison.Ordinal);
        Assert.Contains("  seminars: 0 created, 0 updated, 6 left alone", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_import_exits_1_and_lists_the_problems_on_standard_error()
    {
        await fixture.ResetAsync();
        var file = Path.Combine(_folder, "bad.json");
        await File.WriteAllTextAsync(file, Bundles.Minimal.Replace("\"wang-lan\", \"organisation\"", "\"wang-lan-x\", \"organisation\"", StringComparison.Ordinal));

        var (code, output, errors) = await RunAsync("import", file);

        Assert.Equal(1, code);
        Assert.DoesNotContain("Imported", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported: 1 problem(s) in bad.json:", errors, StringComparison.Ordinal);
        Assert.Contains("  bad.json, seminars[0] (slug '2025-03-01-test-seminar'), field 'participants[0].person': refers to a person 'wang-lan-x'", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "Usage: import FILE [--dry-run]")]
    [InlineData("import|a.json|b.json", "Usage: import FILE [--dry-run]")]
    [InlineData("import|archive.json|--force", "Usage: import FILE [--dry-run] (unknown option --force)")]
    [InlineData("import|/no/such/file.json", "No file /no/such/file.json.")]
    [InlineData("export", "Usage: export FILE [--include-unpublished]")]
    public async Task Misuse_exits_2_with_the_usage(string arguments, string expected)
    {
        var (code, _, errors) = await RunAsync(arguments.Split('|'));

        Assert.Equal(2, code);
        Assert.Equal(expected, errors.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var previous = Environment.GetEnvironmentVariable("ConnectionStrings__Seminar");
        Environment.SetEnvironmentVariable("ConnectionStrings__Seminar", fixture.ConnectionString);
        try
        {
            var code = await InterchangeCommands.RunAsync(args, output, errors, CancellationToken.None);
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Seminar", previous);
        }
    }
}
