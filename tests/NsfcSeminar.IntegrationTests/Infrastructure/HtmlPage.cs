using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>A page fetched through the portal's HTTP pipeline (following redirects, as a browser
/// does) and parsed as a browser would.</summary>
public sealed record HtmlPage(HttpStatusCode Status, IDocument Document, Uri Address)
{
    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The language the page declares on its root element.</summary>
    public string? Language => Document.DocumentElement.GetAttribute("lang");

    /// <summary>The language root the page's relative links resolve against ("/en/", "/zh/").</summary>
    public string BasePath => Document.QuerySelector("base")?.GetAttribute("href") ?? "/";

    /// <summary>Where each link leads, written from the page's language root ("/meetings/x#y"), so
    /// that a test reads the same in both languages. A link that leaves the root (to the other
    /// language, or off the portal) is given whole.</summary>
    public IEnumerable<string> Links => Document.QuerySelectorAll("a[href]").Select(a => FromRoot(a.GetAttribute("href")!));

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await FromResponseAsync(response, client, url);
    }

    /// <summary>The page a response carries, addressed where the (last) request went.</summary>
    public static async Task<HtmlPage> FromResponseAsync(HttpResponseMessage response, HttpClient client, string url = "/")
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        var address = response.RequestMessage?.RequestUri ?? new Uri(client.BaseAddress!, url);
        return new HtmlPage(response.StatusCode, document, address);
    }

    private string FromRoot(string href)
    {
        var root = new Uri(Address, BasePath);
        var target = new Uri(root, href);
        if (target.Authority != root.Authority)
        {
            return href;
        }

        var path = target.PathAndQuery + target.Fragment;
        return path.StartsWith(root.AbsolutePath, StringComparison.Ordinal)
            ? "/" + path[root.AbsolutePath.Length..]
            : path;
    }
}
