using System.Text;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Interchange;

[Collection(PortalTestGroup.Name)]
public sealed class ImportUploadTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task An_editor_uploads_a_bundle_reads_the_preview_and_confirms_the_import()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        var slug = $"2025-04-01-uploaded-seminar-{Guid.NewGuid():N}"[..48].TrimEnd('-');
        await Page.SignInAsync(editor);

        await Page.GotoAsync("/en/edit/import");
        await Page.GetByLabel("Bundle file (JSON)").SetInputFilesAsync(new FilePayload
        {
            Name = "uploaded.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(Bundle(slug)),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();

        var counts = Page.GetByRole(AriaRole.Table, new() { Name = "What importing uploaded.json would do" });
        await Expect(counts).ToBeVisibleAsync();
        await Expect(counts.GetByRole(AriaRole.Row, new() { Name = "Seminars 1 0 0" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.List).Filter(new() { HasText = "has the same name as 'dou-xiankang'" })).ToBeVisibleAsync();
        await ScreenshotAsync("import-preview");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Import these records" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Imported from uploaded.json" })).ToBeVisibleAsync();
        await ScreenshotAsync("import-done");

        await Page.GotoAsync($"/en/meetings/{slug}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "An uploaded seminar", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>A seminar presided over by a person of the sample archive, and a new person whose
    /// name is a near-duplicate of one in it.</summary>
    private static string Bundle(string slug) => $$"""
        {
          "format": 1,
          "people": [ { "slug": "xiankang-dou-{{slug[^6..]}}", "name": { "en": "Dou Xian-kang" } } ],
          "seminars": [ {
            "slug": "{{slug}}", "kind": "Seminar", "startDate": "2025-04-01", "format": "InPerson",
            "status": "Published", "visibility": "Public",
            "texts": { "en": { "title": "An uploaded seminar", "provenance": "Original" } },
            "participants": [ { "role": "Presiding", "person": "dou-xiankang" } ],
            "speeches": [ { "anchor": "opening", "kind": "PresidingSpeech", "person": "dou-xiankang",
              "texts": { "en": { "title": "Opening", "bodyMarkdown": "Uploaded **text**.", "provenance": "Original" } } } ]
          } ]
        }
        """;
}
