using NsfcSeminar.IntegrationTests.Interchange;

namespace NsfcSeminar.IntegrationTests.Drafting;

/// <summary>The seed release, read from the shared folder beside the clone (<c>../shared/seed/</c>)
/// as the unit tests and the benchmarks read it: it is not copied into the repository.</summary>
internal static class SeedRelease
{
    public static string Read()
    {
        var seed = Path.Combine(RepositoryFolder.Root, "..", "shared", "seed");
        var file = Directory.Exists(seed) ? Directory.GetFiles(seed, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        return file is null
            ? throw new InvalidOperationException($"No seed release in {seed}: the shared folder must sit beside the clone.")
            : File.ReadAllText(file);
    }
}
