using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>What a snippet marks of a Chinese text: the run the reader typed where its characters
/// stand together, wherever it stands, and nothing where they stand apart.</summary>
public sealed class SnippetReaderTests
{
    private const string Filler = "会议强调要完善评审机制。";

    private static Snippet Cut(string query, string chinese, string? english = null) => SnippetCutting.Cut(query, Language.Zh, english, chinese);

    private static string Marked(Snippet snippet) => SnippetCutting.Marked(snippet);

    [Fact]
    public void A_run_of_four_deep_in_a_long_text_is_marked_whole_with_an_ellipsis_before_it()
    {
        var text = string.Concat(Enumerable.Repeat(Filler, 150)) + "加强基础研究的投入。" + string.Concat(Enumerable.Repeat(Filler, 150));

        var snippet = Cut("q=基础研究", text);

        Assert.Equal(["基础研究"], snippet.Parts.Where(p => p.IsMatch).Select(p => p.Text));
        Assert.StartsWith("… ", snippet.Parts[0].Text, StringComparison.Ordinal);
        Assert.Contains("加强[基础研究]的投入", Marked(snippet), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_whose_characters_stand_apart_marks_nothing()
    {
        var snippet = Cut("q=基础研究", "基础设施与研究条件。" + Filler);

        Assert.DoesNotContain(snippet.Parts, p => p.IsMatch);
        Assert.Equal("基础设施与研究条件。" + Filler, string.Concat(snippet.Parts.Select(p => p.Text)));
    }

    [Fact]
    public void Every_place_a_run_stands_in_the_fragments_shown_is_marked()
    {
        var snippet = Cut("q=国际合作", "推动国际合作，深化国际合作。" + Filler);

        Assert.Equal("推动[国际合作]，深化[国际合作]。" + Filler, Marked(snippet));
    }

    [Fact]
    public void Two_runs_are_each_marked_where_they_stand()
    {
        var snippet = Cut("q=改革%20人才", Filler + "人才是关键，改革要深化。" + Filler);

        Assert.Contains("[人才]是关键，[改革]要深化", Marked(snippet), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_places_in_one_clause_are_marked_apart_and_what_stands_between_is_not()
    {
        Assert.Equal("[基础研究]价审[基础研究]。", Marked(Cut("q=基础研究", "基础研究价审基础研究。")));
        Assert.Equal("[人才]评价[改革]。", Marked(Cut("q=改革%20人才", "人才评价改革。")));
    }

    [Fact]
    public void A_run_of_three_is_marked_as_the_phrase_of_its_pairs_would_be()
    {
        var snippet = Cut("q=科学家", "青年科学家和科学研究。");

        Assert.Equal("青年[科学家]和科学研究。", Marked(snippet));
    }
}
