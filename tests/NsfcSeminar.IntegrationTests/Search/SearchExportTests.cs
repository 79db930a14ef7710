using System.Text.Json;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

[Collection(DatabaseTestGroup.Name)]
public sealed class SearchExportTests(DatabaseFixture fixture)
{
    private async Task<Meeting> ManySpeechesAsync(int count)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting("Export seminar", new DateOnly(2022, 1, 1));
        var speaker = ArchiveBuilder.Person("Export Speaker", "导出");
        for (var i = 1; i <= count; i++)
        {
            meeting.Speeches.Add(SearchArchive.Speech($"s{i}", SpeechKind.Discussion, speaker, null, null, ($"Remark {i}, with a comma", "On \"evaluation\" reform."), ($"发言{i}", "评价改革。")));
        }

        return await meeting.SaveAsync(db);
    }

    [Fact]
    public async Task The_CSV_export_holds_every_match_not_just_one_page()
    {
        var meeting = await ManySpeechesAsync(45);
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync("/search/export.csv?q=evaluation");
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(46, lines.Length);
        Assert.Contains("Permalink", lines[0], StringComparison.Ordinal);
        Assert.Contains($"/meetings/{meeting.Slug}#speech-s7", text, StringComparison.Ordinal);
        Assert.Contains("\"Remark 7, with a comma\"", text, StringComparison.Ordinal);
        Assert.Contains("发言7", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_JSON_export_and_the_API_answer_the_same_search()
    {
        await ManySpeechesAsync(45);
        using var client = fixture.Portal.CreateClient();

        var export = JsonDocument.Parse(await client.GetStringAsync("/search/export.json?q=" + Uri.EscapeDataString("评价"))).RootElement;
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/speeches?q=" + Uri.EscapeDataString("评价") + "&page=3")).RootElement;

        Assert.Equal(45, export.GetArrayLength());
        Assert.Equal("Export Speaker", export[0].GetProperty("speakerEn").GetString());
        Assert.Equal(45, api.GetProperty("total").GetInt32());
        Assert.Equal(3, api.GetProperty("page").GetInt32());
        Assert.Equal(5, api.GetProperty("items").GetArrayLength());
        Assert.Contains("评价", api.GetProperty("items")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> Formulas =>
    [
        "=HYPERLINK(\"http://evil.example\",\"open\")", "@SUM(A1:A9)", "+SUM(1)", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
    ];

    [Theory]
    [MemberData(nameof(Formulas))]
    public async Task A_CSV_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_the_JSON_keeps_the_text(string formula)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var speaker = ArchiveBuilder.Person(formula);
        var meeting = ArchiveBuilder.Meeting("Formula seminar", new DateOnly(2023, 3, 4));
        meeting.Speeches.Add(SearchArchive.Speech("f1", SpeechKind.Discussion, speaker, null, null, (formula, "Spreadsheet formulas."), null));
        await meeting.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var csv = await client.GetStringAsync("/search/export.csv?q=spreadsheet");
        var json = JsonDocument.Parse(await client.GetStringAsync("/search/export.json?q=spreadsheet")).RootElement;

        // OWASP: a single quote in front, and the cell quoted, for the title (as stored and as
        // shown) and the speaker alike.
        var neutralised = "\"'" + formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Assert.Equal(4, csv.Split(neutralised).Length);
        Assert.DoesNotContain("," + formula, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"" + formula, csv, StringComparison.Ordinal);
        Assert.Equal(formula, json[0].GetProperty("titleEn").GetString());
        Assert.Equal(formula, json[0].GetProperty("speakerEn").GetString());
    }
}
