using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Interchange;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>Everyone who took part is found by name, in either language, through the meeting
/// they attended; words inside an archived copy of a source are found too.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class ParticipantSearchTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("Directors of the test departments")]
    [InlineData("chaired the opening session")]
    public async Task A_group_that_only_attended_and_what_a_participant_did_find_the_meeting(string words)
    {
        await ImportAsync();

        var slugs = await SearchAsync(words);

        Assert.Contains("2025-03-01-test-seminar", slugs);
    }

    [Fact]
    public async Task A_person_who_only_chaired_is_found_by_the_chinese_name_through_the_meeting()
    {
        await ImportAsync();

        Assert.Contains("2025-03-01-test-seminar", await SearchAsync("王兰", "zh"));
    }

    [Fact]
    public async Task Words_inside_the_archived_copy_of_a_source_find_the_meeting()
    {
        await ImportAsync();

        Assert.Contains("2025-03-01-test-seminar", await SearchAsync("\"plenary session discussed\""));
    }

    [Fact]
    public async Task Words_inside_an_attached_pdf_find_the_meeting()
    {
        var pdf = Pdf("The burden of peer review falls on young scientists");
        await ImportAsync(copy =>
        {
            copy["fileName"] = "report.pdf";
            copy["contentType"] = "application/pdf";
            copy["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            copy["content"] = Convert.ToBase64String(pdf);
        });

        Assert.Contains("2025-03-01-test-seminar", await SearchAsync("\"burden of peer review\""));
    }

    /// <summary>A one-page PDF with a line of text, made by PdfPig as a word processor would.</summary>
    private static byte[] Pdf(string line)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText(line, 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }

    private async Task ImportAsync(Action<System.Text.Json.Nodes.JsonObject>? changeCopy = null)
    {
        await fixture.ResetAsync();
        var bundle = Bundles.WithSessionsAndSources();
        changeCopy?.Invoke(bundle.Seminar()["sources"]![0]!["copies"]![0]!.AsObject());

        // The presiding person speaks in the minimal bundle: take the speech away, so that she only chairs.
        bundle.Seminar()["speeches"]!.AsArray().RemoveAt(0);
        var report = await Archive.Shared(fixture).ImportAsync(bundle.Bytes());
        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
    }

    /// <summary>The meetings the results on the search page lead to.</summary>
    private async Task<List<string>> SearchAsync(string words, string language = "en")
    {
        using var client = fixture.Portal.CreateClient();
        var page = await HtmlPage.GetAsync(client, $"/{language}/search?q={Uri.EscapeDataString(words)}");
        return [.. page.Document.QuerySelectorAll("main a[href*='meetings/']")
            .Select(a => a.GetAttribute("href")!.Split("meetings/")[1].Split('#', '/', '?')[0])
            .Distinct()];
    }
}
