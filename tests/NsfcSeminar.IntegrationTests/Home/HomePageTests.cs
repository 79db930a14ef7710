using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Home;

[Collection(DatabaseTestGroup.Name)]
public sealed class HomePageTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Home_page_shows_counts_latest_seminars_and_the_theme_tree()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("/meetings/2024-11-16-party-group-strategy-seminar", page.Links);
        Assert.Equal(4, page.Document.QuerySelectorAll(".counts li").Length);
        Assert.NotEmpty(page.Document.QuerySelectorAll("ul.theme-tree a[href^='themes/']"));
    }

    [Fact]
    public async Task Health_endpoint_reports_a_healthy_database()
    {
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page_with_a_way_back()
    {
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("/", page.Links);
    }
}
