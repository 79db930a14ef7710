using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Interchange;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>An editor cites a source and attaches its archived copy on the seminar's sources
/// page; the save is a revision of the seminar, and a file of another kind is refused.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SourceEditingTests(DatabaseFixture fixture)
{
    private const string Page = "/en/edit/meetings/2025-03-01-test-seminar/sources";

    [Fact]
    public async Task An_editor_adds_a_source_with_a_pdf_copy_and_the_seminar_gains_a_revision()
    {
        await ImportMinimalAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var page = await PostAsync(editor, "https://example.org/release", "release.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.4 not a real pdf"));

        Assert.Contains("The source is saved.", page.Text, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var source = await db.Sources.AsNoTracking().Include(s => s.Copies).SingleAsync();
        Assert.Equal("https://example.org/release", source.Address);
        Assert.Equal("release.pdf", Assert.Single(source.Copies).FileName);
        Assert.Null(source.Copies[0].ExtractedText);
        var revisions = await db.Set<Revision>().AsNoTracking().Where(r => r.RecordKey == "2025-03-01-test-seminar").OrderBy(r => r.Number).ToListAsync();
        Assert.Contains("Sources", revisions[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_page_pdf_text_or_scan_is_refused_and_nothing_is_stored()
    {
        await ImportMinimalAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var page = await PostAsync(editor, "https://example.org/release", "tool.exe", "application/octet-stream", [0x4d, 0x5a]);

        Assert.Contains("An archived copy may be an HTML page, a PDF, plain text or an image of a scan.", page.Text, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Sources.AnyAsync());
    }

    private async Task ImportMinimalAsync()
    {
        await fixture.ResetAsync();
        Assert.True((await Archive.Shared(fixture).ImportAsync(Bundles.Minimal)).Succeeded);
    }

    private static async Task<HtmlPage> PostAsync(HttpClient client, string address, string fileName, string type, byte[] content)
    {
        var page = await HtmlPage.GetAsync(client, Page);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in Uploads.HiddenFields(page, "add-source"))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(address), "Input.Address");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "copy", fileName);
        using var response = await client.PostAsync(page.Address, form);
        return await HtmlPage.FromResponseAsync(response, client);
    }
}
