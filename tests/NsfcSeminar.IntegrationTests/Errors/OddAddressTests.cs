using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Errors;

[Collection(DatabaseTestGroup.Name)]
public sealed class OddAddressTests(DatabaseFixture fixture)
{
    public static TheoryData<string> OddSlugs => new()
    {
        "/meetings/%F0%9F%98%80",
        "/meetings/%E5%9F%BA%E7%A1%80%E7%A0%94%E7%A9%B6",
        "/people/%27%20OR%201%3D1%20--",
        "/organisations/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/themes/%0A%0D",
        "/themes/" + new string('a', 5000),
        "/meetings/..%2F..%2Fetc%2Fpasswd",
    };

    [Theory]
    [MemberData(nameof(OddSlugs))]
    public async Task Odd_slugs_are_not_found_rather_than_errors(string url)
    {
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
    }
}
