using System.Net;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

[Collection(DatabaseTestGroup.Name)]
public sealed class SearchPageTests(DatabaseFixture fixture)
{
    private async Task<(SearchArchive Archive, HttpClient Client)> ArchiveAsync()
    {
        await fixture.ResetAsync();
        var archive = new SearchArchive();
        await using var db = fixture.CreateDbContext();
        await archive.SaveAsync(db);
        return (archive, fixture.Portal.CreateClient());
    }

    private static async Task<IReadOnlyList<string>> ResultLinksAsync(HttpClient client, string query)
    {
        var page = await HtmlPage.GetAsync(client, "/en/search?" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.Document.QuerySelectorAll(".search-result h3 a").Select(a => a.GetAttribute("href")!)];
    }

    private static string Anchor(NsfcSeminar.Data.Model.Meeting meeting, string anchor) => $"meetings/{meeting.Slug}#speech-{anchor}";

    [Fact]
    public async Task English_words_match_their_inflections()
    {
        var (archive, client) = await ArchiveAsync();

        var links = await ResultLinksAsync(client, "q=funded");

        Assert.Equal([Anchor(archive.Seminar2021, "reform-keynote")], links);
    }

    [Fact]
    public async Task A_Chinese_word_is_found_inside_a_longer_run_of_text()
    {
        var (archive, client) = await ArchiveAsync();

        var links = await ResultLinksAsync(client, "q=" + Uri.EscapeDataString("基础研究"));

        Assert.Contains(Anchor(archive.Seminar2021, "reform-keynote"), links);
        Assert.DoesNotContain(Anchor(archive.Seminar2021, "talent-report"), links);
    }

    [Fact]
    public async Task A_word_in_the_title_ranks_above_a_word_in_passing()
    {
        var (archive, client) = await ArchiveAsync();

        var links = await ResultLinksAsync(client, "q=reform");

        Assert.Equal(Anchor(archive.Seminar2021, "reform-keynote"), links[0]);
        Assert.Contains(Anchor(archive.Seminar2023, "cooperation-report"), links);
    }

    [Fact]
    public async Task Phrases_keep_their_word_order()
    {
        var (archive, client) = await ArchiveAsync();

        Assert.Equal([Anchor(archive.Seminar2021, "reform-keynote")], await ResultLinksAsync(client, "q=" + Uri.EscapeDataString("\"basic research\"")));
        Assert.Empty(await ResultLinksAsync(client, "q=" + Uri.EscapeDataString("\"research basic\"")));
    }

    [Fact]
    public async Task A_minus_excludes_and_OR_widens()
    {
        var (archive, client) = await ArchiveAsync();

        var excluded = await ResultLinksAsync(client, "q=" + Uri.EscapeDataString("reform -funding"));
        var either = await ResultLinksAsync(client, "q=" + Uri.EscapeDataString("funded OR 并重"));

        Assert.Equal([Anchor(archive.Seminar2023, "cooperation-report")], excluded);
        Assert.Equal(2, either.Count);
        Assert.Contains(Anchor(archive.Seminar2021, "talent-report"), either);
    }

    [Fact]
    public async Task A_Chinese_theme_name_finds_speeches_tagged_with_it_in_any_language()
    {
        var (archive, client) = await ArchiveAsync();

        var links = await ResultLinksAsync(client, "q=" + Uri.EscapeDataString("人才资助"));

        Assert.Contains(Anchor(archive.Seminar2023, "cooperation-report"), links);
    }

    [Fact]
    public async Task Matches_are_marked_in_the_snippet_as_text()
    {
        await ArchiveAsync();
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/en/search?q=funding");

        Assert.Contains(page.Document.QuerySelectorAll(".search-result__snippet mark"), m => m.TextContent.StartsWith("fund", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_result_found_by_a_theme_name_says_its_words_are_not_in_the_excerpt_shown()
    {
        var (_, client) = await ArchiveAsync();

        var byTheme = await HtmlPage.GetAsync(client, "/en/search?q=programmes");
        var byText = await HtmlPage.GetAsync(client, "/en/search?q=funding");

        var found = byTheme.Document.QuerySelectorAll(".search-result");
        Assert.Equal(2, found.Length);
        Assert.All(found, r => Assert.Null(r.QuerySelector("mark")));
        Assert.All(found, r => Assert.StartsWith("Found by words that are not in this excerpt", r.QuerySelector(".search-result__elsewhere")?.TextContent));
        var keynote = Assert.Single(byText.Document.QuerySelectorAll(".search-result"));
        Assert.NotNull(keynote.QuerySelector("mark"));
        Assert.Null(keynote.QuerySelector(".search-result__elsewhere"));
    }

    [Fact]
    public async Task A_saved_change_is_searchable_at_once()
    {
        var (archive, client) = await ArchiveAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var text = db.SpeechTexts.Single(t => t.Title == "International cooperation");
            text.BodyMarkdown = "Now about quantum sensors.";
            await db.SaveWithRevisionsAsync();
        }

        Assert.Equal([Anchor(archive.Seminar2023, "cooperation-report")], await ResultLinksAsync(client, "q=quantum"));
        Assert.DoesNotContain(Anchor(archive.Seminar2023, "cooperation-report"), await ResultLinksAsync(client, "q=abroad"));
    }

    [Fact]
    public async Task Nothing_matched_says_so_and_offers_to_loosen_the_filters()
    {
        var (archive, client) = await ArchiveAsync();

        var page = await HtmlPage.GetAsync(client, $"/en/search?q=funding&speaker={archive.Li.Slug}");

        Assert.Contains("Nothing matched this search.", page.Text, StringComparison.Ordinal);
        Assert.Contains("/search?q=funding", page.Links);
    }
}
