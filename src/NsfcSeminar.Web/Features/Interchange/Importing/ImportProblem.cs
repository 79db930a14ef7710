using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>What is wrong, and exactly where: the record by section, position and slug, and the
/// field by its path inside the record ("speeches[2].texts.en.title").</summary>
public sealed record ImportProblem(BundleSection? Section, int? Position, string? Slug, string? Field, string Message)
{
    /// <summary>A problem with the file as a whole (syntax, encoding, format version).</summary>
    public static ImportProblem InFile(string message) => new(null, null, null, null, message);

    public string Describe(string fileName)
    {
        var where = Section is { } section ? $"{section.Name()}[{Position}]" : null;
        if (where is not null && Slug is not null)
        {
            where += $" (slug '{Slug}')";
        }

        var parts = new[] { fileName, where, Field is null ? null : $"field '{Field}'" }.Where(p => p is not null);
        return $"{string.Join(", ", parts)}: {Message}";
    }
}
