using System.ServiceModel.Syndication;
using System.Xml;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Feeds;

/// <summary>Every feed dates an entry by when the record entered the archive (published) and when
/// it last changed (updated), never by the day of the meeting, and all feeds agree.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class FeedDateTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_seminar_of_2024_entered_today_is_new_today_in_every_feed_and_the_feeds_agree()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = await ArchiveBuilder.Theme("Dated theme", "日期主题").SaveAsync(db);
        var old = await ArchiveBuilder.Meeting("Old dated seminar", new DateOnly(2020, 1, 1)).SaveAsync(db);
        old.CreatedAt = old.UpdatedAt = new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero);
        old.PublishedAt = old.CreatedAt;
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var entered = await ArchiveBuilder.Meeting("Dated seminar", new DateOnly(2024, 11, 16))
            .WithSpeech(ArchiveBuilder.Person("Dated Speaker"), null, theme)
            .SaveAsync(db);
        await db.SaveWithRevisionsAsync();
        using var client = fixture.Portal.CreateClient();

        var seminars = await FeedAsync(client, "/feeds/seminars.atom");
        var themed = await FeedAsync(client, $"/feeds/themes/{theme.Slug}.atom");
        var searched = await FeedAsync(client, "/feeds/search?q=remarks");

        var seminar = seminars.Items.First();
        Assert.Equal("Dated seminar", seminar.Title.Text);
        Assert.True(seminar.PublishDate >= before, $"published {seminar.PublishDate:O}, expected on or after {before:O}");
        Assert.True(seminar.LastUpdatedTime >= seminar.PublishDate);
        var speech = Assert.Single(themed.Items);
        var found = Assert.Single(searched.Items);
        Assert.Equal(speech.Id, found.Id);
        Assert.Equal(speech.PublishDate, found.PublishDate);
        Assert.Equal(speech.LastUpdatedTime, found.LastUpdatedTime);
        Assert.True(speech.PublishDate >= before);
        Assert.Equal(entered.Speeches[0].UpdatedAt.ToUnixTimeSeconds(), speech.LastUpdatedTime.ToUnixTimeSeconds());
    }

    private static async Task<SyndicationFeed> FeedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(), new XmlReaderSettings { Async = true });
        return SyndicationFeed.Load(reader);
    }
}
