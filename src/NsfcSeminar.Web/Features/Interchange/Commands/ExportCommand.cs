using System.Diagnostics;
using NsfcSeminar.Web.Features.Interchange.Exporting;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary><c>export FILE [--include-unpublished]</c>: the archive as one bundle. Written to a
/// temporary file beside FILE and renamed at the end, so a failed export leaves no half file.</summary>
internal static class ExportCommand
{
    public const string Usage = "export FILE [--include-unpublished]";

    /// <summary>What a stopped or failed export leaves: no file, not even its partial one.</summary>
    public const string Unfinished = "no file was written.";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var everything = args.Contains("--include-unpublished");
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--include-unpublished").ToList();
        if (files.Count != 1 || unknown.Count > 0)
        {
            throw new CommandException($"Usage: {Usage}" + (unknown.Count > 0 ? $" (unknown option {unknown[0]})" : ""));
        }

        var path = Path.GetFullPath(files[0]);
        var services = await CommandHost.StartAsync(ct);
        var clock = Stopwatch.StartNew();
        var partial = path + ".partial";
        ExportSummary summary;
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                summary = await services.GetRequiredService<ArchiveExport>()
                    .WriteAsync(file, everything ? ExportScope.Everything : ExportScope.Published, null, ct);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }

            throw;
        }

        var what = everything ? "every seminar, unpublished and staff-only included" : "the published public seminars";
        await output.WriteLineAsync(
            $"Exported {summary.Seminars} seminars and {summary.Speeches} speeches ({what}) to {files[0]}: {summary.Bytes:N0} bytes in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
