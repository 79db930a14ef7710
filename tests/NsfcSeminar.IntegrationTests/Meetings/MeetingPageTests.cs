using System.Net;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Meetings;

[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingPageTests(DatabaseFixture fixture)
{
    private const string SeedSlug = "2024-11-16-party-group-strategy-seminar";

    [Fact]
    public async Task Seed_seminar_page_shows_the_record_with_links_to_people_organisations_and_themes()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/meetings/{SeedSlug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Contains("16 November 2024", page.Text, StringComparison.Ordinal);
        Assert.Contains("Dou Xiankang", page.Text, StringComparison.Ordinal);
        Assert.Contains("Liu Zhongfan", page.Text, StringComparison.Ordinal);
        Assert.Contains("Planning and Policy Bureau", page.Text, StringComparison.Ordinal);
        Assert.Contains(page.Links, href => href.StartsWith("/people/", StringComparison.Ordinal));
        Assert.Contains(page.Links, href => href.StartsWith("/organisations/", StringComparison.Ordinal));
        Assert.Contains(page.Links, href => href.StartsWith("/themes/", StringComparison.Ordinal));
        Assert.Equal(5, page.Document.QuerySelectorAll("article.speech[id^='speech-']").Length);
    }

    [Fact]
    public async Task Speeches_appear_in_order_each_with_its_own_anchor()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Basic research");
        var meeting = await ArchiveBuilder.Meeting("Ordered speeches", new DateOnly(2023, 3, 1)).WithSpeeches(3, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/meetings/{meeting.Slug}");

        var ids = page.Document.QuerySelectorAll("article.speech").Select(a => a.Id).ToList();
        Assert.Equal(["speech-speech-1", "speech-speech-2", "speech-speech-3"], ids);
        Assert.Contains($"/meetings/{meeting.Slug}#speech-speech-2", page.Links);
    }

    [Fact]
    public async Task Unknown_meeting_slug_returns_404_with_a_way_back()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/meetings/no-such-seminar");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("/", page.Links);
        Assert.Contains("/meetings", page.Links);
    }

    [Theory]
    [InlineData(PublicationStatus.Draft, Visibility.Public)]
    [InlineData(PublicationStatus.Archived, Visibility.Public)]
    [InlineData(PublicationStatus.Published, Visibility.StaffOnly)]
    public async Task Records_an_anonymous_reader_may_not_see_are_not_found(PublicationStatus status, Visibility visibility)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var hidden = await ArchiveBuilder.Meeting("Hidden seminar", new DateOnly(2022, 5, 5), status, visibility).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/meetings/{hidden.Slug}");
        var list = await HtmlPage.GetAsync(client, "/meetings");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain("Hidden seminar", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_markdown_in_a_speech_is_rendered_harmless()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Integrity");
        var meeting = ArchiveBuilder.Meeting("Hostile text", new DateOnly(2023, 4, 4)).WithSpeeches(1, theme);
        meeting.Speeches[0].Texts[0].BodyMarkdown = "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>";
        await meeting.SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/meetings/{meeting.Slug}");

        var speech = page.Document.QuerySelector("article.speech")!;
        Assert.Empty(speech.QuerySelectorAll("script, img[onerror]"));
        Assert.DoesNotContain(speech.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert(1)</script>", speech.TextContent, StringComparison.Ordinal);
    }
}
