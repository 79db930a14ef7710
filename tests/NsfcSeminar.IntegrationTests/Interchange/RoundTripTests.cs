using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
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

    /// <summary>New seminars are copied without the change tracker (issue 14): every part the
    /// tracker used to write and key must still be stored, read back as the bundle stated it.</summary>
    [Fact]
    public async Task A_seminar_with_every_part_imported_into_an_empty_archive_reads_back_as_stated_with_its_first_revisions()
    {
        var bundle = Bundles.WithSessionsAndSources();
        var seminar = bundle.Seminar();
        seminar["texts"]!["zh"] = new JsonObject { ["title"] = "测试研讨会", ["summary"] = "摘要。", ["provenance"] = "Translation", ["translatedBy"] = "编辑部" };
        seminar["sequenceTerm"] = new JsonObject { ["zh"] = "第一届", ["en"] = "first term" };
        seminar["sources"]!.AsArray().Add(new JsonObject { ["speech"] = "opening", ["title"] = new JsonObject { ["zh"] = "开幕讲话全文" }, ["copies"] = new JsonArray() });
        seminar["speeches"]![0]!["texts"]!["zh"] = new JsonObject { ["title"] = "开幕", ["summary"] = "开幕。", ["bodyMarkdown"] = "我们**开幕**。", ["provenance"] = "Original" };
        // As the archive states a speech without themes and a source without copies.
        seminar["speeches"]![1]!["themes"] = new JsonArray();

        await using var copy = await Archive.CreateEmptyAsync("nsfc_interchange_copy");
        var report = await copy.ImportAsync(bundle.Bytes());
        var stored = Bundles.Parse(await copy.ExportAsync()).Seminar();

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        foreach (var part in seminar)
        {
            Assert.True(JsonNode.DeepEquals(part.Value, stored[part.Key]), $"{part.Key}: stated {part.Value?.ToJsonString()}, stored {stored[part.Key]?.ToJsonString()}");
        }

        await using var db = await copy.Factory.CreateDbContextAsync();
        var revisions = await db.Set<Revision>().Where(r => r.Number == 1 && r.Action == RevisionAction.Created).Select(r => r.RecordKey).ToListAsync();
        Assert.Equal(["2025-03-01-test-seminar", "2025-03-01-test-seminar#opening", "2025-03-01-test-seminar#professor"], revisions.Where(k => k.StartsWith("2025", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
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
