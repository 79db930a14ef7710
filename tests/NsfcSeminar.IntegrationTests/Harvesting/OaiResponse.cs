using System.Globalization;
using System.Xml.Linq;

namespace NsfcSeminar.IntegrationTests.Harvesting;

/// <summary>An OAI-PMH response fetched through the portal, with the envelope checked against the
/// protocol's rules (section 3.2) on every fetch, so each test also validates the envelope.</summary>
public sealed record OaiResponse(XDocument Document, string ContentType)
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public XElement Root => Document.Root!;

    public XElement Request => Root.Element(Oai + "request")!;

    public string? ErrorCode => Root.Element(Oai + "error")?.Attribute("code")?.Value;

    public IReadOnlyList<string> Identifiers =>
        [.. Root.Descendants(Oai + "header").Select(h => h.Element(Oai + "identifier")!.Value)];

    public XElement? ResumptionToken => Root.Descendants(Oai + "resumptionToken").SingleOrDefault();

    public XElement? Header(string identifier) =>
        Root.Descendants(Oai + "header").SingleOrDefault(h => h.Element(Oai + "identifier")!.Value == identifier);

    public XElement? Metadata(string identifier) =>
        Header(identifier)?.Parent?.Element(Oai + "metadata")?.Element(OaiDc + "dc");

    public static Task<OaiResponse> GetAsync(HttpClient client, string query) => ReadAsync(client.GetAsync($"/oai?{query}"));

    public static Task<OaiResponse> PostAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> form) =>
        ReadAsync(client.PostAsync("/oai", new FormUrlEncodedContent(form)));

    private static async Task<OaiResponse> ReadAsync(Task<HttpResponseMessage> send)
    {
        using var response = await send;
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var result = new OaiResponse(document, response.Content.Headers.ContentType?.MediaType ?? "");
        result.AssertEnvelope();
        return result;
    }

    private void AssertEnvelope()
    {
        Assert.Equal("text/xml", ContentType);
        Assert.Equal(Oai + "OAI-PMH", Root.Name);
        var children = Root.Elements().ToList();
        Assert.Equal(3, children.Count);
        Assert.Equal(Oai + "responseDate", children[0].Name);
        Assert.True(DateTimeOffset.TryParseExact(children[0].Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        Assert.Equal(Oai + "request", children[1].Name);
        Assert.EndsWith("/oai", children[1].Value, StringComparison.Ordinal);
        if (ErrorCode is "badVerb" or "badArgument")
        {
            Assert.Empty(Request.Attributes());
        }
        else
        {
            Assert.Equal(children[2].Name.LocalName == "error" ? Request.Attribute("verb")?.Value : children[2].Name.LocalName, Request.Attribute("verb")?.Value);
        }

        foreach (var datestamp in Root.Descendants(Oai + "datestamp"))
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", datestamp.Value);
        }

        foreach (var metadata in Root.Descendants(OaiDc + "dc"))
        {
            Assert.All(metadata.Elements(), e => Assert.Equal(Dc, e.Name.Namespace));
        }
    }
}
