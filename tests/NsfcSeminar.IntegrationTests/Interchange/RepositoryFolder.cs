namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>The clone's root folder (the one holding NsfcSeminar.sln), for tests that read the
/// repository's own files (docs/interchange.schema.json, scripts/).</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NsfcSeminar.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NsfcSeminar.sln not found above " + AppContext.BaseDirectory);
    }
}
