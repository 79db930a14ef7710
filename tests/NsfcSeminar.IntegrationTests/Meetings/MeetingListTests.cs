using System.Net;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Meetings;

[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingListTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Lists_seminars_newest_first()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await ArchiveBuilder.Meeting("Older seminar", new DateOnly(2020, 6, 1)).SaveAsync(db);
        await ArchiveBuilder.Meeting("Newer seminar", new DateOnly(2024, 6, 1)).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/meetings");

        var titles = page.Document.QuerySelectorAll(".meeting-list__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Newer seminar", "Older seminar"], titles);
    }

    [Fact]
    public async Task Filters_by_year()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await ArchiveBuilder.Meeting("Seminar of 2021", new DateOnly(2021, 12, 31)).SaveAsync(db);
        await ArchiveBuilder.Meeting("Seminar of 2022", new DateOnly(2022, 1, 1)).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/meetings?year=2022");

        Assert.Contains("Seminar of 2022", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seminar of 2021", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_series()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();
        var all = await HtmlPage.GetAsync(client, "/meetings");
        var seriesOption = all.Document.QuerySelectorAll("select[name=series] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        var filtered = await HtmlPage.GetAsync(client, $"/meetings?series={seriesOption}");

        var total = all.Document.QuerySelectorAll(".meeting-list__item").Length;
        var shown = filtered.Document.QuerySelectorAll(".meeting-list__item").Length;
        Assert.InRange(shown, 1, total - 1);
    }

    [Fact]
    public async Task Pages_hold_twenty_seminars_and_link_to_the_next()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        for (var day = 1; day <= 25; day++)
        {
            db.Meetings.Add(ArchiveBuilder.Meeting($"Paged seminar {day}", new DateOnly(2019, 1, day)));
        }

        await db.SaveWithRevisionsAsync();
        using var client = fixture.Portal.CreateClient();

        var first = await HtmlPage.GetAsync(client, "/meetings");
        var second = await HtmlPage.GetAsync(client, "/meetings?page=2");

        Assert.Equal(20, first.Document.QuerySelectorAll(".meeting-list__item").Length);
        Assert.Equal(5, second.Document.QuerySelectorAll(".meeting-list__item").Length);
        Assert.Contains("/meetings?page=2", first.Links);
    }

    [Theory]
    [InlineData("/meetings?page=-1")]
    [InlineData("/meetings?page=99999")]
    [InlineData("/meetings?page=abc")]
    [InlineData("/meetings?year=notayear")]
    [InlineData("/meetings?year=99999999999")]
    [InlineData("/meetings?series=%3Cscript%3E")]
    [InlineData("/meetings?series=%00%01")]
    public async Task Odd_query_strings_show_the_list_rather_than_an_error(string url)
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("h1"));
    }
}
