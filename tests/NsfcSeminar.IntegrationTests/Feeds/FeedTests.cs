using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Feeds;

[Collection(DatabaseTestGroup.Name)]
public sealed class FeedTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Seminar_feed_is_valid_Atom_listing_published_public_meetings_only_linked_to_their_pages()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var shown = await ArchiveBuilder.Meeting("Public seminar", new DateOnly(2024, 3, 1)).SaveAsync(db);
        shown.PublishedAt = new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero);
        await db.SaveWithRevisionsAsync();
        var staff = await ArchiveBuilder.Meeting("Staff seminar", new DateOnly(2024, 4, 1), visibility: Visibility.StaffOnly).SaveAsync(db);
        var draft = await ArchiveBuilder.Meeting("Draft seminar", new DateOnly(2024, 5, 1), status: PublicationStatus.Draft).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var (response, feed) = await GetFeedAsync(client, "/feeds/seminars.atom");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Public seminar", entry.Title.Text);
        Assert.Equal($"/en/meetings/{shown.Slug}", entry.Links.Single().Uri.AbsolutePath);
        // Entered the archive now, though its recorded publication is older: new to a feed reader.
        Assert.Equal(shown.CreatedAt.ToUnixTimeSeconds(), entry.PublishDate.ToUnixTimeSeconds());
        Assert.Equal(shown.UpdatedAt.ToUnixTimeSeconds(), entry.LastUpdatedTime.ToUnixTimeSeconds());
        Assert.Equal(entry.LastUpdatedTime, feed.LastUpdatedTime);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsolutePath == "/feeds/seminars.atom");
        Assert.DoesNotContain(feed.Items, i => i.Id.Contains(staff.Slug, StringComparison.Ordinal) || i.Id.Contains(draft.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Theme_feed_lists_new_speeches_of_the_theme_and_its_sub_themes_in_the_asked_language()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Basic research", "基础研究");
        var child = ArchiveBuilder.Theme("Free exploration", "自由探索", theme);
        var unrelated = ArchiveBuilder.Theme("Audit");
        var speaker = ArchiveBuilder.Person("Wang Wu", "王五");
        var meeting = await ArchiveBuilder.Meeting("Research seminar", new DateOnly(2024, 3, 1))
            .WithSpeech(speaker, null, theme)
            .WithSpeech(speaker, null, child)
            .WithSpeech(speaker, null, unrelated)
            .SaveAsync(db);
        await ArchiveBuilder.Meeting("Hidden seminar", new DateOnly(2024, 3, 2), visibility: Visibility.StaffOnly)
            .WithSpeech(speaker, null, theme)
            .SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var (_, feed) = await GetFeedAsync(client, $"/feeds/themes/{theme.Slug}.atom?lang=zh");

        Assert.Equal("zh-Hans", feed.Language);
        Assert.Equal(["发言1", "发言2"], feed.Items.Select(i => i.Title.Text).Order(StringComparer.Ordinal).ToArray());
        Assert.All(feed.Items, i => Assert.Equal("王五", i.Authors.Single().Name));
        Assert.All(feed.Items, i => Assert.Equal($"/zh/meetings/{meeting.Slug}", i.Links.Single().Uri.AbsolutePath));
        Assert.Contains(feed.Items, i => i.Links.Single().Uri.Fragment == "#speech-speech-1");
    }

    [Fact]
    public async Task Feeds_show_the_anonymous_view_even_to_signed_in_staff()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await ArchiveBuilder.Meeting("Public seminar", new DateOnly(2024, 3, 1)).SaveAsync(db);
        await ArchiveBuilder.Meeting("Staff seminar", new DateOnly(2024, 4, 1), visibility: Visibility.StaffOnly).SaveAsync(db);
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        var (_, feed) = await GetFeedAsync(staff, "/feeds/seminars.atom");

        Assert.Equal(["Public seminar"], feed.Items.Select(i => i.Title.Text).ToArray());
    }

    [Fact]
    public async Task A_reader_that_has_the_newest_entry_gets_304_not_modified()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        await ArchiveBuilder.Meeting("Public seminar", new DateOnly(2024, 3, 1)).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();
        using var first = await client.GetAsync("/feeds/seminars.atom");
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(lastModified);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/seminars.atom");
        again.Headers.IfModifiedSince = lastModified;
        using var second = await client.SendAsync(again);
        using var older = new HttpRequestMessage(HttpMethod.Get, "/feeds/seminars.atom");
        older.Headers.IfModifiedSince = lastModified!.Value.AddDays(-1);
        using var third = await client.SendAsync(older);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Unknown_theme_feed_returns_404()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        using var response = await client.GetAsync("/feeds/themes/no-such-theme.atom");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_home_page_offers_the_seminar_feed()
    {
        await fixture.ResetAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/zh/");

        var link = page.Document.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal("/feeds/seminars.atom?lang=zh", new Uri(link.GetAttribute("href")!).PathAndQuery);
    }

    private static async Task<(HttpResponseMessage Response, SyndicationFeed Feed)> GetFeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = false });
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "The response is not an Atom feed.");
        formatter.ReadFrom(reader);
        return (response, formatter.Feed);
    }
}
