namespace NsfcSeminar.IntegrationTests.Drafting;

/// <summary>The seed release, read from the shared folder beside the clone (<c>../shared/seed/</c>)
/// as the unit tests and the benchmarks read it: it is not copied into the repository.</summary>
internal static class SeedRelease
{
    public static string Read()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NsfcSeminar.sln")))
            {
                var seed = Path.Combine(dir.FullName, "..", "shared", "seed");
                var file = Directory.Exists(seed) ? Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() : null;
                return file is null
                    ? throw new InvalidOperationException($"No seed release in {seed}: the shared folder must sit beside the clone.")
                    : File.ReadAllText(file);
            }
        }

        throw new InvalidOperationException("NsfcSeminar.sln not found above " + AppContext.BaseDirectory);
    }
}
