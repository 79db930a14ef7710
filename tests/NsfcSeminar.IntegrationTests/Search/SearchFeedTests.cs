using System.ServiceModel.Syndication;
using System.Xml;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

[Collection(DatabaseTestGroup.Name)]
public sealed class SearchFeedTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_search_feed_lists_the_newest_public_matches_with_the_filters_applied()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        await using (var db = fixture.CreateDbContext())
        {
            await archive.SaveAsync(db);
            var hidden = ArchiveBuilder.Meeting("Hidden reform seminar", new DateOnly(2025, 1, 1), visibility: Visibility.StaffOnly);
            hidden.Speeches.Add(SearchArchive.Speech("hidden", SpeechKind.Report, archive.Li, null, archive.Talent, ("Reform in secret", "Reform."), null));
            await hidden.SaveAsync(db);
        }

        using var client = fixture.Portal.CreateClient();

        var all = await FeedAsync(client, "/feeds/search?q=reform&ui=zh");
        var filtered = await FeedAsync(client, $"/feeds/search?q=reform&kind=Report&ui=en");

        Assert.Equal(
            [$"/zh/meetings/{archive.Seminar2023.Slug}#speech-cooperation-report", $"/zh/meetings/{archive.Seminar2021.Slug}#speech-reform-keynote"],
            all.Items.Select(i => i.Links.Single().Uri.PathAndQuery + i.Links.Single().Uri.Fragment));
        Assert.Equal("资助改革", all.Items.Last().Title.Text);
        Assert.Equal("International cooperation", Assert.Single(filtered.Items).Title.Text);
        Assert.Contains(filtered.Links, l => l.RelationshipType == "self" && l.Uri.PathAndQuery.StartsWith("/feeds/search?q=reform", StringComparison.Ordinal));
    }

    private static async Task<SyndicationFeed> FeedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(), new XmlReaderSettings { Async = true });
        return SyndicationFeed.Load(reader);
    }
}
