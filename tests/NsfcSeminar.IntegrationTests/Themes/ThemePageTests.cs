using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Themes;

[Collection(DatabaseTestGroup.Name)]
public sealed class ThemePageTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_theme_lists_speeches_tagged_with_it_or_its_sub_themes()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var parent = ArchiveBuilder.Theme("Basic research", "基础研究");
        var child = ArchiveBuilder.Theme("Original innovation", "原始创新", parent);
        var meeting = await ArchiveBuilder.Meeting("Innovation seminar", new DateOnly(2024, 5, 5)).WithSpeeches(1, child).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var parentPage = await HtmlPage.GetAsync(client, $"/themes/{parent.Slug}");
        var childPage = await HtmlPage.GetAsync(client, $"/themes/{child.Slug}");

        Assert.Equal(HttpStatusCode.OK, parentPage.Status);
        Assert.Contains($"/themes/{child.Slug}", parentPage.Links);
        Assert.Contains($"/meetings/{meeting.Slug}#speech-speech-1", parentPage.Links);
        Assert.Contains($"/themes/{parent.Slug}", childPage.Links);
        Assert.Contains($"/meetings/{meeting.Slug}", childPage.Links);
    }

    [Fact]
    public async Task The_theme_index_shows_the_whole_hierarchy()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/themes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Document.QuerySelectorAll("ul.theme-tree ul.theme-tree li"));
        Assert.Contains("Basic research", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_theme_slug_returns_404()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/themes/no-such-theme");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
