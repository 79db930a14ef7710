using System.Diagnostics;
using NsfcSeminar.Web.Features.Interchange.Format;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary><c>import FILE [--dry-run] [--replace] [--as EMAIL]</c>: a bundle into the archive,
/// all or nothing, its revisions recorded as the Editor EMAIL names (else as "system"). A record
/// already in the archive takes only what the bundle states, unless --replace. Every field an
/// update changes is listed, old → new, in the dry run as in the real one. Exit code
/// 0 when imported (or, with --dry-run, importable), 1 when refused or failed, 2 when misused,
/// 130 or 143 when stopped by SIGINT or SIGTERM (see <see cref="Hosting.CommandStop"/>).</summary>
internal static class ImportCommand
{
    public const string Usage = "import FILE [--dry-run] [--replace] [--as EMAIL]";

    private static readonly string[] Options = ["--dry-run", "--replace"];

    /// <summary>What a stopped or failed import leaves: nothing, as its transaction is never committed.</summary>
    public const string Unfinished = "nothing was imported; the import is all or nothing, and the archive is as it was.";

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var (actingAs, args) = CommandEditor.Take(arguments, Usage);
        var dryRun = args.Contains("--dry-run");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !Options.Contains(a)).ToList();
        if (files.Count != 1 || unknown.Count > 0)
        {
            throw new CommandException($"Usage: {Usage}" + (unknown.Count > 0 ? $" (unknown option {unknown[0]})" : ""));
        }

        if (!File.Exists(files[0]))
        {
            throw new CommandException($"No file {files[0]}.");
        }

        var services = await CommandHost.StartAsync(ct);
        if (actingAs is not null)
        {
            await CommandEditor.ActAsAsync(services, actingAs, ct);
        }

        var clock = Stopwatch.StartNew();
        var source = ImportSource.FromFile(files[0]) with { Mode = args.Contains("--replace") ? ImportMode.Replace : ImportMode.Merge };
        var report = await ImportProgressDisplay.RunAsync(
            progress => services.GetRequiredService<ArchiveImport>().RunAsync(source, dryRun, progress, ct), output);

        if (!report.Succeeded)
        {
            await errors.WriteLineAsync($"Nothing was imported: {report.Problems.Count}{(report.ProblemsTruncated ? "+" : "")} problem(s) in {source.Name}:");
            foreach (var line in report.DescribeProblems())
            {
                await errors.WriteLineAsync("  " + line);
            }

            return 1;
        }

        var verb = dryRun ? "Checked (dry run, nothing written)" : "Imported";
        await output.WriteLineAsync($"{verb} {source.Name} in {clock.Elapsed.TotalSeconds:F1} s:");
        foreach (var section in BundleSections.InFileOrder)
        {
            await output.WriteLineAsync($"  {section.Name()}: {report.Counts[section]}");
        }

        await output.WriteLineAsync($"  time: {report.Clock.Describe()}");

        foreach (var warning in report.Warnings)
        {
            await output.WriteLineAsync($"  warning: {warning}");
        }

        await ImportChangeList.WriteAsync(report, output);

        return 0;
    }
}
