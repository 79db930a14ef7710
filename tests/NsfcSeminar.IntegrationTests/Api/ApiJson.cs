using System.Net;
using System.Text.Json;

namespace NsfcSeminar.IntegrationTests.Api;

internal static class ApiJson
{
    /// <summary>GETs a JSON answer, failing the test with the body when it is not 200.</summary>
    public static async Task<JsonDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }
}
