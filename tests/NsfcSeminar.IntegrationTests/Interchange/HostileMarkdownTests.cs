using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

[Collection(DatabaseTestGroup.Name)]
public sealed class HostileMarkdownTests(DatabaseFixture fixture)
{
    private const string Hostile =
        "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> [ref][r]\\n\\n[r]: javascript:alert(4)";

    [Fact]
    public async Task Hostile_Markdown_is_stored_as_written_and_rendered_harmless()
    {
        await fixture.ResetAsync();
        var bundle = Bundles.Minimal.Replace("We **open** the seminar.", Hostile, StringComparison.Ordinal);

        var report = await Archive.Shared(fixture).ImportAsync(bundle);
        using var client = fixture.Portal.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/en/meetings/2025-03-01-test-seminar");

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        await using (var db = fixture.CreateDbContext())
        {
            var stored = db.SpeechTexts.Single().BodyMarkdown;
            Assert.StartsWith("<script>alert(1)</script>", stored, StringComparison.Ordinal);
        }

        var html = page.Document.DocumentElement.OuterHtml;
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("main script, main img[onerror], main [onerror]"));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("alert(1)", page.Text, StringComparison.Ordinal);
    }
}
