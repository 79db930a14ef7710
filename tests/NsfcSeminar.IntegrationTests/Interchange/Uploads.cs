using System.Net.Http.Headers;
using System.Text;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>Posts the import page's forms as a browser does: antiforgery token and form name
/// from the page, the file as multipart form data.</summary>
internal static class Uploads
{
    public const string Page = "/en/edit/import";

    public static async Task<HtmlPage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var page = await HtmlPage.GetAsync(client, Page);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in HiddenFields(page, "upload-bundle"))
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "bundle", fileName);
        using var response = await client.PostAsync(page.Address, form);
        return await HtmlPage.FromResponseAsync(response, client);
    }

    public static Task<HtmlPage> UploadAsync(HttpClient client, string fileName, string content) =>
        UploadAsync(client, fileName, Encoding.UTF8.GetBytes(content));

    /// <summary>Presses "Import these records" on a preview.</summary>
    public static async Task<HtmlPage> ConfirmAsync(HttpClient client, HtmlPage preview)
    {
        using var content = new FormUrlEncodedContent(HiddenFields(preview, "confirm-import"));
        using var response = await client.PostAsync(preview.Address, content);
        return await HtmlPage.FromResponseAsync(response, client);
    }

    public static Dictionary<string, string> HiddenFields(HtmlPage page, string formName)
    {
        var form = page.Document.QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"The page has no form '{formName}': {page.Text.Trim()}");
        return form.QuerySelectorAll("input[type='hidden'][name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }
}
