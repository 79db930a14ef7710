using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Features.Interchange.Commands;
using NsfcSeminar.Web.Features.Interchange.Exporting;
using NsfcSeminar.Web.Hosting;

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

    [Fact]
    public async Task An_import_stopped_by_SIGTERM_exits_143_says_nothing_was_imported_and_writes_nothing()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var before = await Archive.Shared(fixture).ExportAsync();
        var file = Path.Combine(_folder, "many.json");
        var bundle = ManySeminars(400).Bytes();
        await File.WriteAllBytesAsync(file, bundle);
        Assert.True((await Archive.Shared(fixture).ImportAsync(bundle, dryRun: true)).Succeeded);
        using var stop = new CommandStop();

        // Stopped halfway, after two batches of 100 seminars were written in its transaction.
        using var output = new StopAt("read 50%", stop);
        var (code, _, errors) = await RunAsync(["import", file], output, stop);

        Assert.Equal(143, code);
        Assert.Contains("read 50% of the file", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            "Stopped by SIGTERM: nothing was imported; the import is all or nothing, and the archive is as it was.",
            errors.Trim());
        Assert.Equal(before, await Archive.Shared(fixture).ExportAsync());
    }

    [Fact]
    public async Task An_export_stopped_by_SIGINT_exits_130_and_leaves_no_file()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var file = Path.Combine(_folder, "archive.json");
        using var stop = new CommandStop();
        stop.Request(PosixSignal.SIGINT);

        var (code, _, errors) = await RunAsync(["export", file], new StringWriter(), stop);

        Assert.Equal(130, code);
        Assert.Equal("Stopped by SIGINT: no file was written.", errors.Trim());
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task An_import_that_cannot_reach_the_database_exits_1_and_says_why_in_one_line()
    {
        var file = Path.Combine(_folder, "minimal.json");
        await File.WriteAllTextAsync(file, Bundles.Minimal);
        using var stop = new CommandStop();

        var (code, _, errors) = await RunAsync(["import", file], new StringWriter(), stop, "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none");

        // The reason between is the operating system's ("Connection refused"), in its words.
        var line = Assert.Single(errors.Trim().Split('\n'));
        Assert.Equal(1, code);
        Assert.StartsWith("import failed: ", line, StringComparison.Ordinal);
        Assert.EndsWith(". Nothing was imported; the import is all or nothing, and the archive is as it was.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_as_an_editor_records_its_revisions_and_their_audit_lines_as_that_account()
    {
        var file = await MinimalBundleAndAccountAsync("importer@example.org", "Editor");

        var (code, _, errors) = await RunAsync("import", file, "--as", "importer@example.org");

        Assert.True(code == 0, errors);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(["importer@example.org"], await db.Set<Revision>().Select(r => r.AuthorName).Distinct().ToListAsync());
        Assert.DoesNotContain(await db.Set<Revision>().Select(r => r.AuthorId).ToListAsync(), id => id == null);
        Assert.Equal(["importer@example.org"], await db.AuditEntries.Where(e => e.Action != AuditActions.Created).Select(e => e.UserName).Distinct().ToListAsync());
    }

    [Theory]
    [InlineData("nobody@example.org", "No account nobody@example.org: --as names an existing Editor or Admin account.")]
    [InlineData("reader@example.org", "reader@example.org is neither an Editor nor an Admin, and cannot import.")]
    public async Task An_import_as_an_account_that_may_not_edit_is_refused_before_reading(string account, string expected)
    {
        var file = await MinimalBundleAndAccountAsync("reader@example.org", "Staff");

        var (code, _, errors) = await RunAsync("import", file, $"--as={account}");

        Assert.Equal(2, code);
        Assert.Equal(expected, errors.Trim());
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Meetings.AnyAsync());
    }

    [Theory]
    [InlineData("import", "Usage: import FILE [--dry-run] [--replace] [--as EMAIL]")]
    [InlineData("import|a.json|b.json", "Usage: import FILE [--dry-run] [--replace] [--as EMAIL]")]
    [InlineData("import|archive.json|--force", "Usage: import FILE [--dry-run] [--replace] [--as EMAIL] (unknown option --force)")]
    [InlineData("import|/no/such/file.json", "No file /no/such/file.json.")]
    [InlineData("import|archive.json|--as", "Usage: import FILE [--dry-run] [--replace] [--as EMAIL] (--as needs the e-mail address of an Editor account)")]
    [InlineData("export", "Usage: export FILE [--include-unpublished]")]
    public async Task Misuse_exits_2_with_the_usage(string arguments, string expected)
    {
        var (code, _, errors) = await RunAsync(arguments.Split('|'));

        Assert.Equal(2, code);
        Assert.Equal(expected, errors.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>An empty archive with one account, and the minimal bundle in a file.</summary>
    private async Task<string> MinimalBundleAndAccountAsync(string email, string role)
    {
        await fixture.ResetAsync();
        await CreateAccountCommand.RunAsync(
            ["create-user", email, role, $"--ConnectionStrings:Seminar={fixture.ConnectionString}"],
            new StringReader("a long chosen passphrase\n"), TextWriter.Null, TextWriter.Null, interactive: false);
        var file = Path.Combine(_folder, "minimal.json");
        await File.WriteAllTextAsync(file, Bundles.Minimal);
        return file;
    }

    /// <summary>The minimal bundle with <paramref name="count"/> copies of its seminar.</summary>
    private static JsonObject ManySeminars(int count)
    {
        var bundle = Bundles.Parse(Bundles.Minimal);
        var seminars = bundle["seminars"]!.AsArray();
        var template = seminars[0]!.ToJsonString();
        seminars.Clear();
        for (var i = 0; i < count; i++)
        {
            var copy = JsonNode.Parse(template)!.AsObject();
            copy["slug"] = $"2025-03-01-test-seminar-{i}";
            seminars.Add(copy);
        }

        return bundle;
    }

    /// <summary>The command as scripts/run.sh runs it, through <see cref="PortalCommands"/>.</summary>
    private async Task<(int Code, string Output, string Errors)> RunAsync(string[] args, StringWriter output, CommandStop stop, string? database = null)
    {
        using var errors = new StringWriter();
        var previous = Environment.GetEnvironmentVariable("ConnectionStrings__Seminar");
        Environment.SetEnvironmentVariable("ConnectionStrings__Seminar", database ?? fixture.ConnectionString);
        try
        {
            var code = await PortalCommands.RunAsync(args, TextReader.Null, output, errors, interactive: false, stop);
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Seminar", previous);
        }
    }

    /// <summary>Output that stops the command, as SIGTERM would, once it has printed <paramref name="text"/>.</summary>
    private sealed class StopAt(string text, CommandStop stop) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains(text, StringComparison.Ordinal) == true)
            {
                stop.Request(PosixSignal.SIGTERM);
            }
        }
    }

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
