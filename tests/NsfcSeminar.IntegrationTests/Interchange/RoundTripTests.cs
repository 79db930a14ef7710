using System.Text;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Exporting;
using NsfcSeminar.Web.Features.Interchange.Format;

namespace NsfcSeminar.IntegrationTests.Interchange;

[Collection(DatabaseTestGroup.Name)]
public sealed class RoundTripTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Export_import_into_an_empty_database_and_export_again_is_byte_identical()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var first = await Archive.Shared(fixture).ExportAsync();

        await using var copy = await Archive.CreateEmptyAsync("nsfc_interchange_copy");
        var report = await copy.ImportAsync(first);
        var second = await copy.ExportAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.True(report.Committed);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Export_is_stable_UTF8_with_a_trailing_newline_and_readable_Chinese()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var archive = Archive.Shared(fixture);

        var first = await archive.ExportAsync();
        var again = await archive.ExportAsync();
        var text = Encoding.UTF8.GetString(first);

        Assert.Equal(first, again);
        Assert.StartsWith("{\n  \"format\": 2,\n  \"themes\": [", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.Contains("窦贤康", text, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, first[0]);
    }

    [Fact]
    public async Task Published_export_leaves_out_drafts_staff_only_seminars_and_the_people_only_they_name()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var archive = Archive.Shared(fixture);

        var everything = Encoding.UTF8.GetString(await archive.ExportAsync(ExportScope.Everything));
        var published = Encoding.UTF8.GetString(await archive.ExportAsync(ExportScope.Published));

        Assert.Contains("\"status\": \"Draft\"", everything, StringComparison.Ordinal);
        Assert.Contains("\"visibility\": \"StaffOnly\"", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\": \"Draft\"", published, StringComparison.Ordinal);
        Assert.DoesNotContain("\"visibility\": \"StaffOnly\"", published, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"Published\"", published, StringComparison.Ordinal);
        Assert.True(published.Length < everything.Length);
        Assert.Equal(BundleJson.FormatVersion, System.Text.Json.JsonDocument.Parse(published).RootElement.GetProperty("format").GetInt32());
    }
}
