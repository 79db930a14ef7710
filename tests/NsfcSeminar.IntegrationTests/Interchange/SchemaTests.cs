using System.Text;
using NJsonSchema;
using NJsonSchema.Validation;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>The published JSON Schema describes what export writes, and refuses what import refuses.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SchemaTests(DatabaseFixture fixture)
{
    private static readonly string SchemaPath = Path.Combine(RepositoryFolder.Root, "docs", "interchange.schema.json");

    [Fact]
    public async Task The_export_of_the_sample_archive_is_valid_against_the_schema()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var schema = await JsonSchema.FromFileAsync(SchemaPath);

        var bundle = Encoding.UTF8.GetString(await Archive.Shared(fixture).ExportAsync());
        var errors = schema.Validate(bundle);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.Empty(schema.Validate(Bundles.Minimal));
    }

    [Fact]
    public async Task The_schema_refuses_unknown_fields_bad_slugs_and_other_versions()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle["format"] = 3;
        bundle["people"]![0]!["slug"] = "Wang Lan";
        bundle.Seminar()["speeches"]![0]!["bodyHtml"] = "<p>x</p>";

        var errors = string.Join("\n", schema.Validate(bundle.ToJsonString()).Select(e => e.ToString()));

        Assert.Contains($"{ValidationErrorKind.NotInEnumeration}: #/format", errors, StringComparison.Ordinal);
        Assert.Contains($"{ValidationErrorKind.PatternMismatch}: #/people[0].slug", errors, StringComparison.Ordinal);
        Assert.Contains($"{ValidationErrorKind.NoAdditionalPropertiesAllowed}: #/seminars[0].speeches[0].bodyHtml", errors, StringComparison.Ordinal);
    }
}
