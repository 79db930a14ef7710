namespace NsfcSeminar.EndToEnd.Infrastructure;

internal static class RepositoryRoot
{
    /// <summary>The folder holding NsfcSeminar.sln, found from the test assembly upwards.</summary>
    public static string Path { get; } = Find();

    public static string Screenshots { get; } = CreateScreenshotFolder();

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
