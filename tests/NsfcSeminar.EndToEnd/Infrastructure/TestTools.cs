namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>
/// The checkers from npm that the browser tests run, installed into tests/tools by
/// <c>npm ci --prefix tests/tools</c> (scripts/test.sh does it) and pinned by its package-lock.json.
/// </summary>
internal static class TestTools
{
    private static readonly string Modules = Path.Combine(RepositoryRoot.Path, "tests", "tools", "node_modules");

    /// <summary>The Nu HTML checker, the validator behind validator.w3.org/nu.</summary>
    public static string Vnu => Require(Path.Combine(Modules, "vnu-jar", "build", "dist", "vnu.jar"));

    /// <summary>axe-core, the accessibility rules engine, as one script to run in a page.</summary>
    public static string Axe => Require(Path.Combine(Modules, "axe-core", "axe.min.js"));

    private static string Require(string path) => File.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing: run `npm ci --prefix tests/tools` (scripts/test.sh does).");
}
