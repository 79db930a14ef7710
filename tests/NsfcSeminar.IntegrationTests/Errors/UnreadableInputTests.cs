using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;
using static NsfcSeminar.IntegrationTests.Harvesting.OaiResponse;

namespace NsfcSeminar.IntegrationTests.Errors;

/// <summary>A NUL character, which PostgreSQL cannot store, never reaches a query: machines are
/// refused with a 400 in their own format, a reader's address loses it; never a 500.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class UnreadableInputTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("/api/meetings?series=%00", "application/problem+json")]
    [InlineData("/api/meetings?year=2024&series=a%00b", "application/problem+json")]
    [InlineData("/api/people?pageSize=10&%00=1", "application/problem+json")]
    [InlineData("/api/meetings?page=%00", "application/problem+json")]
    [InlineData("/api/speeches?q=%00", "application/problem+json")]
    [InlineData("/feeds/search?q=%00", "text/plain")]
    [InlineData("/feeds/seminars.atom?lang=%00", "text/plain")]
    [InlineData("/search/export.csv?q=reform&org=%00", "text/plain")]
    [InlineData("/search/export.json?speaker=%00", "text/plain")]
    public async Task The_API_feeds_and_exports_refuse_a_NUL_with_a_400_in_their_own_format(string url, string mediaType)
    {
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("a character the archive cannot read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=series:%00", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:nsfc-seminar:meeting/%00", "badArgument")]
    [InlineData("verb=ListIdentifiers&resumptionToken=%00", "badResumptionToken")]
    public async Task Harvesters_get_the_protocol_error_for_a_NUL(string query, string code)
    {
        using var client = fixture.Portal.CreateClient();

        var response = await GetAsync(client, query);

        Assert.Equal(code, response.ErrorCode);
    }

    [Theory]
    [InlineData("/en/search?q=%00reform", "reform")]
    [InlineData("/en/meetings?series=%00", "")]
    [InlineData("/zh/search?q=%ED%A0%80%00%E6%94%B9%E9%9D%A9", "改革")]
    public async Task A_reader_s_address_loses_the_NUL_and_the_page_is_shown(string url, string kept)
    {
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(kept, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_form_with_a_NUL_is_refused_with_the_friendly_page()
    {
        using var client = fixture.Portal.CreateClient();

        var page = await client.SignInAsync("someone\0@example.org", "a password of some length");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("a character the archive cannot read", page.Text, StringComparison.Ordinal);
    }
}
