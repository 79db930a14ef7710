using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Cluster;

/// <summary>What one run of the load tool reported: its lines as printed, and the counts in them.</summary>
public sealed record ReaderLoadReport(string Text, int Requests, int Failed);

/// <summary>
/// A bounded reader load from the project's own load tool (the benchmark project's
/// <c>readers</c> command, which scripts/cluster-check.sh runs too), on loopback, through the
/// load balancer: each connection sends one GET after another over the reading pages.
/// </summary>
public static partial class ReaderLoadRun
{
    public const int Connections = 8;

    private static readonly string[] Paths =
    [
        "/en/meetings/2024-11-16-party-group-strategy-seminar", "/en/meetings", "/en/themes",
        "/zh/meetings/2024-11-16-party-group-strategy-seminar", "/en/search?q=reform", "/en/people/liu-zhongfan",
    ];

    public static async Task<ReaderLoadReport> RunAsync(Uri portal, int seconds)
    {
        var tool = Path.Combine(RepositoryRoot.BuildOutput("benchmarks", "NsfcSeminar.Benchmarks"), "NsfcSeminar.Benchmarks.dll");
        Assert.True(File.Exists(tool), $"The load tool is not built ({tool}); build the solution first.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { tool, "readers", portal.ToString(), seconds.ToString(CultureInfo.InvariantCulture), Connections.ToString(CultureInfo.InvariantCulture) }.Concat(Paths))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the load tool.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = (await output).Trim();
        Assert.True(process.ExitCode == 0, $"The load tool failed ({process.ExitCode}): {text}{await error}");
        var counts = Counts().Match(text);
        Assert.True(counts.Success, $"The load tool printed no counts: {text}");
        return new ReaderLoadReport(text, int.Parse(counts.Groups["requests"].Value, CultureInfo.InvariantCulture), int.Parse(counts.Groups["failed"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^requests (?<requests>\d+),.*; failed (?<failed>\d+)$", RegexOptions.Multiline)]
    private static partial Regex Counts();
}
