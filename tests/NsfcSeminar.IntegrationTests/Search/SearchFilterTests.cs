using System.Net;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

[Collection(DatabaseTestGroup.Name)]
public sealed class SearchFilterTests(DatabaseFixture fixture)
{
    private async Task<(SearchArchive Archive, HttpClient Client)> ArchiveAsync()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        await using var db = fixture.CreateDbContext();
        await archive.SaveAsync(db);
        return (archive, fixture.Portal.CreateClient());
    }

    private static async Task<HtmlPage> SearchAsync(HttpClient client, string query)
    {
        var page = await HtmlPage.GetAsync(client, "/en/search?" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static IReadOnlyList<string> Anchors(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll(".search-result h3 a").Select(a => a.GetAttribute("href")!.Split('#').Last())];

    /// <summary>The count a facet shows beside the link to the value.</summary>
    private static string FacetCount(HtmlPage page, string hrefPart) =>
        page.Document.QuerySelectorAll(".facet li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href")!.Contains(hrefPart, StringComparison.Ordinal))
            .QuerySelector(".facet__count")!.TextContent.Trim();

    [Fact]
    public async Task A_theme_filter_includes_its_sub_themes()
    {
        var (archive, client) = await ArchiveAsync();

        var page = await SearchAsync(client, $"theme={archive.BasicResearch.Slug}");

        Assert.Equal(["speech-reform-keynote"], Anchors(page));
    }

    [Fact]
    public async Task Speaker_organisation_kind_language_and_dates_filter_and_combine()
    {
        var (archive, client) = await ArchiveAsync();

        Assert.Equal(["speech-talent-report"], Anchors(await SearchAsync(client, $"speaker={archive.Li.Slug}")));
        Assert.Equal(["speech-cooperation-report"], Anchors(await SearchAsync(client, $"org={archive.Bureau.Slug}")));
        Assert.Equal(["speech-cooperation-report"], Anchors(await SearchAsync(client, "q=reform&kind=Report")));
        Assert.Equal(["speech-talent-report"], Anchors(await SearchAsync(client, "kind=Report&lang=zh&to=2022")));
        Assert.Equal(["speech-cooperation-report"], Anchors(await SearchAsync(client, "q=reform&from=2022-01-01&to=2023-12")));
        Assert.Equal(["speech-reform-keynote"], Anchors(await SearchAsync(client, $"q=reform&theme={archive.BasicResearch.Slug}&speaker={archive.Dou.Slug}&sort=date")));
    }

    [Fact]
    public async Task Facets_count_the_matches_per_value()
    {
        var (archive, client) = await ArchiveAsync();

        var page = await SearchAsync(client, "q=" + Uri.EscapeDataString("reform OR 人才"));

        Assert.Equal("3 results", page.Document.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Equal("2", FacetCount(page, $"theme={archive.Talent.Slug}"));
        Assert.Equal("1", FacetCount(page, $"theme={archive.BasicResearch.Slug}"));
        Assert.Equal("2", FacetCount(page, "kind=Report"));
        Assert.Equal("1", FacetCount(page, $"speaker={archive.Dou.Slug}"));
        Assert.Equal("2", FacetCount(page, "lang=zh"));
        Assert.Equal("2", FacetCount(page, "from=2021-01-01"));
    }

    [Fact]
    public async Task Pages_hold_twenty_results_and_a_page_past_the_end_shows_the_last()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var meeting = ArchiveBuilder.Meeting("Many speeches", new DateOnly(2022, 1, 1));
            var speaker = ArchiveBuilder.Person("Prolific Speaker");
            for (var i = 1; i <= 25; i++)
            {
                meeting.Speeches.Add(SearchArchive.Speech($"s{i}", NsfcSeminar.Data.Model.SpeechKind.Discussion, speaker, null, null, ($"Remark {i}", "On peer review."), null));
            }

            await meeting.SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();

        var first = await SearchAsync(client, "q=review");
        var second = await SearchAsync(client, "q=review&page=2");
        var beyond = await SearchAsync(client, "q=review&page=99");
        var negative = await SearchAsync(client, "q=review&page=-3");

        Assert.Equal(20, Anchors(first).Count);
        Assert.Equal(5, Anchors(second).Count);
        Assert.Empty(Anchors(first).Intersect(Anchors(second)));
        Assert.Equal(Anchors(second), Anchors(beyond));
        Assert.Contains("There are only 2 pages of results", beyond.Text, StringComparison.Ordinal);
        Assert.Equal(Anchors(first), Anchors(negative));
    }
}
