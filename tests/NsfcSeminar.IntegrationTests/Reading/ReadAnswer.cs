using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NsfcSeminar.IntegrationTests.Reading;

/// <summary>An answer's body as a reader would read it: entities and JSON escapes decoded, so a
/// name is found however the portal encoded it (HTML, Atom and OAI XML, CSV, JSON).</summary>
internal sealed record ReadAnswer(string Url, HttpStatusCode Status, string Body)
{
    private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<ReadAnswer> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var raw = await response.Content.ReadAsStringAsync();
        var json = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true;
        var body = json ? JsonNode.Parse(raw)?.ToJsonString(Plain) ?? "" : WebUtility.HtmlDecode(raw);
        return new ReadAnswer(url, response.StatusCode, body);
    }

    /// <summary>Fails with the route and the secret when the answer tells one. What the reader
    /// typed (a slug in the address) may be quoted back to them.</summary>
    public void AssertTellsNone(IEnumerable<string> secrets, string reader)
    {
        var typed = Uri.UnescapeDataString(Url);
        foreach (var secret in secrets.Where(s => !typed.Contains(s, StringComparison.Ordinal)))
        {
            Assert.False(Body.Contains(secret, StringComparison.Ordinal), $"{reader}: {Url} ({(int)Status}) tells “{secret}”");
        }
    }

    public void AssertTells(string name, string reader) =>
        Assert.True(Body.Contains(name, StringComparison.Ordinal), $"{reader}: {Url} ({(int)Status}) does not tell “{name}”");
}
