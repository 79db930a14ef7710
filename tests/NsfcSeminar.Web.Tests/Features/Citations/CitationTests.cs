using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Citations;

namespace NsfcSeminar.Web.Tests.Features.Citations;

public sealed class CitationTests : PortalComponentTest
{
    private static readonly Uri English = new("https://archive.example/en/");
    private static readonly Uri Chinese = new("https://archive.example/zh/");

    private static CitationSource Source(Bilingual? organisation = null, Bilingual? title = null) => new(
        Bilingual.Of("Dou Xiankang", "窦贤康"),
        organisation,
        title ?? Bilingual.Of("Opening remarks", "开幕讲话"),
        Bilingual.Of("Second strategy seminar of 2024", "2024年第二次党组务虚研讨会"),
        new DateOnly(2024, 11, 16),
        "2024-11-16-seminar",
        "presiding");

    [Fact]
    public void English_citation_names_speaker_title_meeting_date_and_permalink()
    {
        var citation = Citation.Of(Source(), Language.En, English);

        Assert.Equal(
            "Dou Xiankang, “Opening remarks”, Second strategy seminar of 2024, 16 November 2024. https://archive.example/en/meetings/2024-11-16-seminar#speech-presiding",
            citation.Text);
    }

    [Fact]
    public void Chinese_citation_uses_Chinese_punctuation_and_the_Chinese_page()
    {
        var citation = Citation.Of(Source(Bilingual.Of("NSFC", "自然科学基金委")), Language.Zh, Chinese);

        Assert.Equal(
            "窦贤康（自然科学基金委）：《开幕讲话》，2024年第二次党组务虚研讨会，2024年11月16日。https://archive.example/zh/meetings/2024-11-16-seminar#speech-presiding",
            citation.Text);
    }

    [Fact]
    public void A_part_missing_in_the_readers_language_falls_back_to_the_other()
    {
        var citation = Citation.Of(Source(title: Bilingual.Of(null, "开幕讲话")), Language.En, English);

        Assert.Equal("开幕讲话", citation.Title);
    }

    [Fact]
    public void The_citation_line_is_plain_selectable_text_tagged_with_its_language()
    {
        var citation = Citation.Of(Source(), Language.Zh, Chinese);

        var line = Render<CitationLine>(p => p.Add(c => c.Citation, citation));

        Assert.Equal("Cite this speech", line.Find("figcaption").TextContent);
        var text = line.Find("p.citation__text");
        Assert.Equal("zh-Hans", text.GetAttribute("lang"));
        Assert.Equal(citation.Text, text.TextContent);
        Assert.Empty(line.FindAll("script"));
        var copy = line.Find("button.citation__copy");
        Assert.True(copy.HasAttribute("hidden"), "Without script the copy button must stay hidden.");
        Assert.Equal(citation.Text, copy.GetAttribute("data-citation"));
    }
}
