using NsfcSeminar.Web.Features.Interchange.Importing;
using Spectre.Console;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary>A progress bar on a terminal; on a pipe or in a log, a plain line every tenth of the
/// file, which reads well in CI output and never fills it with escape codes.</summary>
internal static class ImportProgressDisplay
{
    public static async Task<ImportReport> RunAsync(Func<IProgress<ImportProgress>, Task<ImportReport>> import, TextWriter output)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var lastTenth = -1L;
            // Written on the importer's own thread, before the import returns: a report left
            // queued for later could write after the caller has closed the output.
            var lines = new Action<ImportProgress>(p =>
            {
                var tenth = p.TotalBytes is > 0 ? p.BytesRead * 10 / p.TotalBytes.Value : -1;
                if (tenth > lastTenth)
                {
                    lastTenth = tenth;
                    output.WriteLine($"  read {tenth * 10}% of the file, {p.Seminars:N0} seminars");
                }
            });
            return await import(new SynchronousProgress(lines));
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: 1);
                var report = await import(new SynchronousProgress(new Action<ImportProgress>(p =>
                {
                    task.Description = $"Importing: {p.Seminars:N0} seminars";
                    task.Value = p.TotalBytes is > 0 ? (double)p.BytesRead / p.TotalBytes.Value : 0;
                })));
                task.Value = 1;
                return report;
            });
    }

    /// <summary>Reports on the importer's own thread: <see cref="Progress{T}"/> would post every
    /// report to the thread pool, thousands of them behind a fast import.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
