using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Features.Search;

public sealed class SearchComponentTests : PortalComponentTest
{
    private static SearchHit Hit(params SnippetPart[] parts) => new(
        new SearchRow(
            "second-seminar-2024",
            "keynote",
            new DateOnly(2024, 11, 16),
            nameof(SpeechKind.Keynote),
            Bilingual.Of("Second strategy seminar", "第二次务虚研讨会"),
            new RecordLink("dou-xiankang", Bilingual.Of("Dou Xiankang", "窦贤康")),
            null,
            [
                new RowText(Language.En, "Deepening reform", TextProvenance.Translation, null, null, null),
                new RowText(Language.Zh, "深化改革", TextProvenance.Original, null, null, null),
            ]),
        new Snippet(parts, Language.En));

    [Fact]
    public void A_result_links_to_the_speech_anchor_and_marks_matches_as_text()
    {
        var hit = Hit(new SnippetPart("We ", false), new SnippetPart("<b>funded</b>", true), new SnippetPart(" research.", false));

        var view = Render<SearchResultList>(p => p.Add(c => c.Hits, [hit]));

        Assert.Equal("meetings/second-seminar-2024#speech-keynote", view.Find(".search-result h3 a").GetAttribute("href"));
        Assert.Equal("<b>funded</b>", view.Find("mark").TextContent);
        Assert.Empty(view.FindAll(".search-result__snippet b"));
        Assert.Contains("Dou Xiankang", view.Find(".search-result__meta").TextContent, StringComparison.Ordinal);
        Assert.Contains("16 November 2024", view.Find(".search-result__meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_read_in_Chinese_for_a_Chinese_reader()
    {
        UseCulture("zh-CN");

        var view = Render<SearchResultList>(p => p.Add(c => c.Hits, [Hit(new SnippetPart("改革", true))]));

        Assert.Equal("深化改革", view.Find(".search-result h3 a").TextContent.Trim());
        Assert.Contains("窦贤康", view.Find(".search-result__meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Facets_link_to_the_search_narrowed_to_each_value_with_its_count()
    {
        var request = SearchRequest.Parse(name => name switch { "q" => "reform", "lang" => "zh", _ => null });
        var facets = SearchFacets.None with
        {
            Themes = [new FacetValue("basic-research", Bilingual.Of("Basic research", "基础研究"), 1234)],
            Kinds = [new FacetValue("Report", new Bilingual(), 7), new FacetValue("Record", new Bilingual(), 2)],
            Languages = [new FacetValue("zh", new Bilingual(), 9)],
        };

        var view = Render<SearchFacetList>(p => p.Add(c => c.Facets, facets).Add(c => c.Request, request));

        var theme = view.FindAll(".facet a").Single(a => a.TextContent.Contains("Basic research", StringComparison.Ordinal));
        Assert.Equal("search?q=reform&lang=zh&theme=basic-research", theme.GetAttribute("href"));
        Assert.Equal("1,234", theme.ParentElement!.QuerySelector(".facet__count")!.TextContent);
        Assert.Contains(view.FindAll(".facet a"), a => a.TextContent.Contains("Seminar record", StringComparison.Ordinal));
        Assert.Equal("true", view.FindAll(".facet a").Single(a => a.TextContent.Contains("Chinese", StringComparison.Ordinal)).GetAttribute("aria-current"));
        Assert.DoesNotContain(view.FindAll(".facet h3"), h => h.TextContent == "Speakers");
    }
}
