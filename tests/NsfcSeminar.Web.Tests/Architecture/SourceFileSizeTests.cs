using NsfcSeminar.Web.Tests.Localization;

namespace NsfcSeminar.Web.Tests.Architecture;

/// <summary>
/// Small files (STYLE.md, issue 16): a file that grows past these bounds is split by what it
/// holds before it lands, rather than found later by a reviewer counting lines. Migrations and
/// generated files are history and tooling, not code anyone reads to change the portal.
/// </summary>
public sealed class SourceFileSizeTests
{
    private const int MostLines = 250;
    private const int MedianAtMost = 40;
    private const int NinetiethPercentileAtMost = 110;

    [Fact]
    public void No_source_file_is_longer_than_250_lines()
    {
        var tooLong = SourceFiles().Where(f => f.Lines > MostLines).Select(f => $"{f.Path}: {f.Lines}");

        Assert.Empty(tooLong);
    }

    [Fact]
    public void Half_the_source_files_are_at_most_40_lines_and_nine_in_ten_at_most_110()
    {
        var lines = SourceFiles().Select(f => f.Lines).Order().ToArray();

        Assert.True(lines.Length > 100, $"only {lines.Length} source files found: the walk went wrong");
        Assert.True(lines[lines.Length / 2] <= MedianAtMost, $"median {lines[lines.Length / 2]} lines");
        Assert.True(lines[(int)(lines.Length * 0.9)] <= NinetiethPercentileAtMost, $"90th percentile {lines[(int)(lines.Length * 0.9)]} lines");
    }

    /// <summary>Every .cs and .razor file of the portal's projects (src/), with its line count.</summary>
    private static IEnumerable<(string Path, int Lines)> SourceFiles()
    {
        var src = Path.GetDirectoryName(InterfaceStrings.WebProjectFolder)!;
        string[] skipped = ["obj", "bin", "Migrations"];
        return Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
            .Where(file => !file.EndsWith(".g.cs", StringComparison.Ordinal) && !file.EndsWith(".Designer.cs", StringComparison.Ordinal))
            .Where(file => !Path.GetRelativePath(src, file).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Select(file => (Path.GetRelativePath(src, file), File.ReadLines(file).Count()));
    }
}
