using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>Every documented export column, on records in one language, in both and in none,
/// the same in CSV, JSON and the Excel workbook.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class ExportColumnTests(DatabaseFixture fixture)
{
    /// <summary>The named columns of a row, compared at once so that a failure shows them all.</summary>
    private static void AssertColumns(Dictionary<string, string> row, Dictionary<string, string> expected) =>
        Assert.Equal(expected, expected.Keys.ToDictionary(column => column, column => row[column]));

    private static Dictionary<string, string> Row(IEnumerable<Dictionary<string, string>> rows, string anchor) =>
        rows.Single(r => r["Anchor"] == anchor);

    [Fact]
    public async Task The_CSV_starts_with_a_byte_order_mark_and_has_every_documented_column_in_order()
    {
        await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var bytes = await client.GetByteArrayAsync("/search/export.csv?q=evaluation");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var (header, rows) = ExportTables.Csv(bytes);
        Assert.Equal(38, ExportTables.DocumentedColumns().Count);
        Assert.Equal(ExportTables.DocumentedColumns(), header);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task A_speech_in_one_language_has_only_its_own_words_and_none_of_its_seminar()
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var keynote = Row(ExportTables.Json(await client.GetStringAsync("/zh/search/export.json?q=evaluation")), "keynote");

        AssertColumns(keynote, new()
        {
            ["TitleEn"] = "Evaluation for basic research",
            ["TitleZh"] = "",
            ["SummaryEn"] = "",
            ["SummaryZh"] = "",
            ["TextZh"] = "",
            ["ShownTitle"] = "Evaluation for basic research",
            ["ShownTitleLanguage"] = "en",
            ["ShownTitleIsMade"] = "false",
            ["Languages"] = "en",
            ["OriginalLanguage"] = "en",
            ["ProvenanceEn"] = "Original",
            ["KindCode"] = "Keynote",
            ["KindEn"] = "Keynote speech",
            ["KindZh"] = "主旨报告",
            ["SpeakerSlug"] = archive.Dou.Slug,
            ["SpeakerZh"] = "窦贤康",
            ["MarkdownEn"] = TruthArchive.MarkdownBody,
        });
        Assert.StartsWith("Task Aim", keynote["TextEn"], StringComparison.Ordinal);
        Assert.Contains("open review", keynote["TextEn"], StringComparison.Ordinal);
        Assert.DoesNotContain("](", keynote["TextEn"], StringComparison.Ordinal);
        Assert.DoesNotContain("**", keynote["TextEn"], StringComparison.Ordinal);
        Assert.Equal($"http://localhost/meetings/{archive.Seminar.Slug}#speech-keynote", keynote["Permalink"]);
    }

    [Theory]
    [InlineData("en", "Presiding speech by Li Hua")]
    [InlineData("zh", "李华主持讲话")]
    public async Task A_speech_without_a_text_has_empty_titles_and_a_title_made_in_the_export_language(string language, string made)
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var presiding = Assert.Single(ExportTables.Json(await client.GetStringAsync($"/{language}/search/export.json?speaker={archive.Li.Slug}")));

        Assert.Equal(made, presiding["ShownTitle"]);
        Assert.Equal("true", presiding["ShownTitleIsMade"]);
        Assert.Equal(language, presiding["ShownTitleLanguage"]);
        foreach (var column in new[] { "TitleEn", "TitleZh", "SummaryEn", "SummaryZh", "TextEn", "TextZh", "MarkdownEn", "MarkdownZh", "Languages", "OriginalLanguage", "ProvenanceEn", "ProvenanceZh" })
        {
            Assert.Equal("", presiding[column]);
        }

        Assert.Equal("PresidingSpeech", presiding["KindCode"]);
        Assert.Equal("主持讲话", presiding["KindZh"]);
    }

    [Fact]
    public async Task A_speech_in_both_languages_carries_each_text_its_provenance_themes_series_and_organisation()
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var report = Row(ExportTables.Json(await client.GetStringAsync("/search/export.json?q=evaluation")), "report");

        AssertColumns(report, new()
        {
            ["TitleEn"] = "Report on evaluation",
            ["TitleZh"] = "评价工作汇报",
            ["SummaryEn"] = "The report's own summary.",
            ["SummaryZh"] = "",
            ["ProvenanceEn"] = "Translation",
            ["TranslatedByEn"] = "Portal editors",
            ["ProvenanceZh"] = "Original",
            ["OriginalLanguage"] = "zh",
            ["Languages"] = "en; zh",
            ["TextEn"] = "The bureau reports on evaluation.",
            ["TextZh"] = "计划局汇报评价工作。",
            ["MarkdownZh"] = "计划局汇报**评价**工作。",
            ["ThemeSlugs"] = archive.Evaluation.Slug,
            ["ThemesEn"] = "Evaluation reform",
            ["ThemesZh"] = "评价改革",
            ["SeriesSlug"] = archive.Series.Slug,
            ["SeriesZh"] = "战略研讨会",
            ["OrganisationSlug"] = archive.Bureau.Slug,
            ["SpeakerSlug"] = "",
            ["MeetingTitleEn"] = "Seminar on evaluation",
            ["MeetingTitleZh"] = "评价改革研讨会",
            ["Date"] = "2024-05-06",
            ["KindZh"] = "汇报",
        });
    }

    [Fact]
    public async Task A_seminar_matched_by_its_own_record_has_its_own_titles_summaries_and_minutes()
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var seminar = Row(ExportTables.Json(await client.GetStringAsync("/search/export.json?q=evaluation")), "");

        AssertColumns(seminar, new()
        {
            ["KindCode"] = "Record",
            ["TitleEn"] = "Seminar on evaluation",
            ["TitleZh"] = "评价改革研讨会",
            ["SummaryEn"] = "The seminar's own summary.",
            ["SummaryZh"] = "研讨会摘要。",
            ["TextEn"] = "Minutes kept in English only: evaluation was discussed.",
            ["MarkdownZh"] = "",
            ["Permalink"] = $"http://localhost/meetings/{archive.Seminar.Slug}",
        });
    }

    [Theory]
    [InlineData("/search/export.{0}?q=evaluation")]
    [InlineData("/zh/search/export.{0}?q=evaluation&kind=Report")]
    [InlineData("/en/search/export.{0}?speaker={1}&sort=date")]
    public async Task The_workbook_and_the_JSON_hold_the_same_rows_and_columns_as_the_CSV(string address)
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();
        string Url(string format) => string.Format(System.Globalization.CultureInfo.InvariantCulture, address, format, archive.Li.Slug);

        var (header, csv) = ExportTables.Csv(await client.GetByteArrayAsync(Url("csv")));
        using var xlsxResponse = await client.GetAsync(Url("xlsx"));
        var xlsx = ExportTables.Workbook(await xlsxResponse.Content.ReadAsByteArrayAsync());
        var json = ExportTables.Json(await client.GetStringAsync(Url("json")));

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(csv);
        Assert.Equal(csv.Count, xlsx.Count);
        Assert.Equal(csv.Count, json.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(header, xlsx[i].Keys);
            Assert.Equal(header, json[i].Keys);
            foreach (var column in header)
            {
                Assert.Equal(csv[i][column], xlsx[i][column]);
                Assert.Equal(csv[i][column], json[i][column]);
            }
        }
    }
}
