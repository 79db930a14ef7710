using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Dom;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Search;

/// <summary>A result and a feed entry describe the record found, never its seminar; snippets
/// are rendered text; the minutes fall back like speeches do.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class TrueResultsTests(DatabaseFixture fixture)
{
    private static IElement Result(HtmlPage page, string href) =>
        page.Document.QuerySelectorAll(".search-result").Single(r => r.QuerySelector("h3 a")!.GetAttribute("href") == href);

    [Fact]
    public async Task A_Chinese_search_shows_an_English_only_speech_by_its_own_English_title_with_a_language_note()
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/zh/search?q=evaluation");

        var keynote = Result(page, archive.Anchor("keynote")).QuerySelector("h3")!;
        Assert.Equal("Evaluation for basic research", keynote.QuerySelector("span[lang]")!.TextContent);
        Assert.Equal("en", keynote.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("仅有英文版本", keynote.QuerySelector(".fallback-note")!.TextContent);
        var report = Result(page, archive.Anchor("report")).QuerySelector("h3")!;
        Assert.Equal("评价工作汇报", report.TextContent.Trim());
        Assert.Null(report.QuerySelector(".fallback-note"));
        Assert.Equal("评价改革研讨会", Result(page, $"meetings/{archive.Seminar.Slug}").QuerySelector("h3")!.TextContent.Trim());
        Assert.DoesNotContain(page.Document.QuerySelectorAll(".search-result h3"), h => h.TextContent.Contains("评价改革研讨会", StringComparison.Ordinal) && h.QuerySelector("a")!.GetAttribute("href")!.Contains("#speech-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Presiding speech by Li Hua")]
    [InlineData("zh", "李华主持讲话")]
    public async Task A_speech_without_a_title_is_called_by_its_kind_and_speaker_in_the_reader_language(string language, string title)
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var search = await HtmlPage.GetAsync(client, $"/{language}/search?speaker={archive.Li.Slug}");
        var meeting = await HtmlPage.GetAsync(client, $"/{language}/meetings/{archive.Seminar.Slug}");

        var result = Result(search, archive.Anchor("presiding")).QuerySelector("h3")!;
        Assert.Equal(title, result.TextContent.Trim());
        Assert.Null(result.QuerySelector(".fallback-note"));
        Assert.Equal(title, meeting.Document.QuerySelector("#speech-presiding-title span")!.TextContent);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Snippets_of_a_Markdown_heavy_speech_are_rendered_text_with_the_matches_marked(string language)
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, $"/{language}/search?q=evaluation");

        var snippet = Result(page, archive.Anchor("keynote")).QuerySelector(".search-result__snippet")!;
        Assert.Contains("Task Aim", snippet.TextContent, StringComparison.Ordinal);
        Assert.Contains("open review", snippet.TextContent, StringComparison.Ordinal);
        foreach (var syntax in new[] { "##", "---", "|", "**", "](", "`", "~~", "> ", "- first" })
        {
            Assert.DoesNotContain(syntax, snippet.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains(snippet.QuerySelectorAll("mark"), m => m.TextContent.Equals("evaluation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Minutes_kept_in_English_only_are_shown_to_a_Chinese_reader_with_a_note()
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var chinese = await HtmlPage.GetAsync(client, $"/zh/meetings/{archive.Seminar.Slug}");
        var english = await HtmlPage.GetAsync(client, $"/en/meetings/{archive.Seminar.Slug}");

        var minutes = chinese.Document.QuerySelector("#minutes")!;
        Assert.Equal("评价改革研讨会", chinese.Document.QuerySelector("#meeting-title")!.TextContent);
        Assert.Contains("evaluation was discussed", minutes.QuerySelector(".prose[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("会议纪要暂无中文版本，以下显示英文。", minutes.QuerySelector(".fallback-note")!.TextContent);
        Assert.Contains(chinese.Links, l => l == $"/meetings/{archive.Seminar.Slug}#minutes");
        Assert.Null(english.Document.QuerySelector("#minutes .fallback-note"));
        Assert.NotNull(english.Document.QuerySelector("#minutes .prose[lang=en]"));
    }

    [Fact]
    public async Task A_search_feed_entry_has_the_speech_own_title_and_summary_and_never_the_seminar_summary()
    {
        var archive = await TruthArchive.StoreAsync(fixture);
        using var client = fixture.Portal.CreateClient();

        var feed = await FeedAsync(client, "/feeds/search?q=evaluation&ui=zh");

        SyndicationItem Entry(string anchor) => feed.Items.Single(i => i.Links.Single().Uri.Fragment == $"#speech-{anchor}");
        Assert.Equal("Evaluation for basic research", Entry("keynote").Title.Text);
        Assert.Null(Entry("keynote").Summary);
        Assert.Equal("评价工作汇报", Entry("report").Title.Text);
        Assert.Equal("仅有英文版本：The report's own summary.", Entry("report").Summary.Text);
        Assert.DoesNotContain(feed.Items.Where(i => i.Summary is not null), i => i.Summary.Text.Contains("研讨会摘要", StringComparison.Ordinal) && i.Links.Single().Uri.Fragment.Length > 0);
    }

    private static async Task<SyndicationFeed> FeedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(), new XmlReaderSettings { Async = true });
        return SyndicationFeed.Load(reader);
    }
}
