namespace NsfcSeminar.EndToEnd.Infrastructure;

internal static class RepositoryRoot
{
    /// <summary>The folder holding NsfcSeminar.sln, found from the test assembly upwards.</summary>
    public static string Path { get; } = Find();

    public static string Screenshots { get; } = CreateScreenshotFolder();

    /// <summary>Where test reports (figures a test measured) are written beside the screenshots.</summary>
    public static string Artifacts => System.IO.Path.GetDirectoryName(Screenshots)!;

    /// <summary>The build output of a project of the solution, in the configuration the tests were
    /// built in (they run from bin/&lt;Configuration&gt;/net10.0, and the solution builds alongside).</summary>
    public static string BuildOutput(params string[] project)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;
        return System.IO.Path.Combine([Path, .. project, "bin", configuration, "net10.0"]);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NsfcSeminar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NsfcSeminar.sln not found above " + AppContext.BaseDirectory);
    }

    private static string CreateScreenshotFolder()
    {
        var artifacts = Environment.GetEnvironmentVariable("SEMINAR_ARTIFACTS") ?? System.IO.Path.Combine(Path, "artifacts");
        var folder = System.IO.Path.Combine(artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
