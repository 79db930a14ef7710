using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>A page fetched through the portal's HTTP pipeline and parsed as a browser would.</summary>
public sealed record HtmlPage(HttpStatusCode Status, IDocument Document)
{
    public string Text => Document.Body?.TextContent ?? "";

    public IEnumerable<string> Links => Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return new HtmlPage(response.StatusCode, document);
    }
}
