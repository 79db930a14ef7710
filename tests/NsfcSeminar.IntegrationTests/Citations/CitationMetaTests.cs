using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Citations;

/// <summary>What a reference manager's browser connector reads from a page's head.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class CitationMetaTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_meeting_page_and_a_speech_page_carry_their_citation_in_the_head()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Head seminar", new DateOnly(2024, 11, 16))
            .WithSpeech(ArchiveBuilder.Person("Li Jinghai", "李静海"), null)
            .SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var seminar = await HtmlPage.GetAsync(client, $"/en/meetings/{meeting.Slug}");
        var speech = await HtmlPage.GetAsync(client, $"/zh/meetings/{meeting.Slug}/speeches/speech-1/side-by-side");

        Assert.Equal("Head seminar", Meta(seminar, "citation_title").Single());
        Assert.Empty(Meta(seminar, "citation_author"));
        Assert.Equal("2024/11/16", Meta(seminar, "citation_date").Single());
        Assert.Equal("2024-11-16", Meta(seminar, "DC.date").Single());
        Assert.Equal(
            ["BibTeX", "RIS", "CSL-JSON"],
            seminar.Document.Head!.QuerySelectorAll("link[rel=alternate][href$='cite.bib'], link[rel=alternate][href$='cite.ris'], link[rel=alternate][href$='cite.json']")
                .Select(link => link.GetAttribute("title")!));
        Assert.Equal("发言1", Meta(speech, "citation_title").Single());
        Assert.Equal("李静海", Meta(speech, "citation_author").Single());
        Assert.Equal("Head seminar", Meta(speech, "citation_conference_title").Single());
        Assert.Equal("zh-Hans", Meta(speech, "citation_language").Single());
    }

    [Fact]
    public async Task Every_other_reading_page_names_itself_and_the_archive_and_no_author()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var person = ArchiveBuilder.Person("Liu Zhongfan", "刘忠范");
        var organisation = ArchiveBuilder.Organisation("Peking University", "北京大学");
        var theme = ArchiveBuilder.Theme("Basic research", "基础研究");
        await ArchiveBuilder.Meeting("Named seminar", new DateOnly(2024, 11, 16)).WithSpeech(person, organisation, theme).SaveAsync(db);
        using var client = fixture.Portal.CreateClient();

        var titles = new Dictionary<string, string>
        {
            ["/en/"] = "Seminar archive",
            ["/en/meetings"] = "Seminars",
            ["/en/themes"] = "Reform themes",
            [$"/zh/people/{person.Slug}"] = "刘忠范",
            [$"/en/organisations/{organisation.Slug}"] = "Peking University",
            [$"/zh/themes/{theme.Slug}"] = "基础研究",
            ["/en/search?q=remarks"] = "remarks · Search",
        };

        foreach (var (url, title) in titles)
        {
            var page = await HtmlPage.GetAsync(client, url);
            Assert.Equal(title, Meta(page, "citation_title").Single());
            Assert.Equal("NsfcSeminar", Meta(page, "DC.publisher").Single());
            Assert.Empty(Meta(page, "citation_author"));
        }
    }

    private static IEnumerable<string> Meta(HtmlPage page, string name) =>
        page.Document.Head!.QuerySelectorAll($"meta[name='{name}']").Select(meta => meta.GetAttribute("content")!);
}
