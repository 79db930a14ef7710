using System.Diagnostics;
using System.Text.Json;
using NsfcSeminar.IntegrationTests.Interchange;

namespace NsfcSeminar.IntegrationTests.Citations;

/// <summary>
/// Reads a citation file with citation-js (tests/tools, installed by scripts/test.sh), the parser
/// behind many reference-manager tools, and returns the items it understood as CSL-JSON: what a
/// reference manager would import, not what our own writer believes it wrote.
/// </summary>
internal static class CitationParser
{
    public static async Task<IReadOnlyList<JsonElement>> ParseAsync(string format, string text)
    {
        var start = new ProcessStartInfo("node", ["parse-citations.mjs", format])
        {
            WorkingDirectory = Path.Combine(RepositoryFolder.Root, "tests", "tools"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        await node.StandardInput.WriteAsync(text);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"citation-js refused the {format} file: {errors}");
        using var items = JsonDocument.Parse(await output);
        return [.. items.RootElement.EnumerateArray().Select(item => item.Clone())];
    }
}
