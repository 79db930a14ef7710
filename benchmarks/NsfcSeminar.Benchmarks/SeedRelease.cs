namespace NsfcSeminar.Benchmarks;

/// <summary>The seed release, read from the shared folder beside the clone (<c>../shared/seed/</c>)
/// as the drafting tests read it: it is not copied into the repository.</summary>
internal static class SeedRelease
{
    public static string Read()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seed = Path.Combine(dir.FullName, "..", "shared", "seed");
                if (File.Exists(Path.Combine(dir.FullName, "NsfcSeminar.sln")) && Directory.Exists(seed)
                    && Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() is { } file)
                {
                    return File.ReadAllText(file);
                }
            }
        }

        throw new InvalidOperationException("No seed release: the shared folder (shared/seed/*.txt) must sit beside the clone.");
    }
}
