using Lucene.Net.Analysis.TokenAttributes;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>How the search copy cuts text and reads what a reader typed.</summary>
public sealed class SearchAnalyzerTests
{
    private static List<(string Term, int Position)> Tokens(string field, string text)
    {
        using var analyzer = new SearchAnalyzer();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<(string, int)>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    [Fact]
    public void Chinese_is_cut_into_overlapping_pieces_at_the_position_of_their_first_character()
    {
        Assert.Equal(
            [("加强", 0), ("强基", 1), ("基础", 2), ("础研", 3), ("研究", 4), ("究", 5)],
            Tokens(CopyFields.TextChinese, "加强基础研究"));
        Assert.Equal(
            ["加强基础", "强基础研", "基础研究"],
            Tokens(CopyFields.TextChineseFours, "加强基础研究 改革").Select(t => t.Term));
    }

    [Fact]
    public void Runs_of_Chinese_are_apart_and_other_words_are_left_to_the_other_field()
    {
        var chinese = Tokens(CopyFields.TextChinese, "人才 funding 改");
        var english = Tokens(CopyFields.Text, "Funding 人才 reforms, the funded");

        Assert.Equal([("人才", 0), ("才", 1), ("改", 3)], chinese);
        Assert.Equal(["fund", "reform", "fund"], english.Select(t => t.Term));
    }

    [Theory]
    [InlineData("基础研究", "+(text_zh4:基础研究 | text_zh:\"基础 础研 研究\") (title_zh:\"基础 础研 研究\")^2.0")]
    [InlineData("改", "+text_zh:改* (title_zh:改*)^2.0")]
    [InlineData("国家自然科学基金", "+text_zh:\"国家 家自 自然 然科 科学 学基 基金\" (title_zh:\"国家 家自 自然 然科 科学 学基 基金\")^2.0")]
    [InlineData("\"peer review\" -data", "+text:\"peer review\" -text:data (title:\"peer review\")^2.0")]
    [InlineData("改革 OR talent", "+(text_zh:改革 text:talent) (title_zh:改革 title:talent)^2.0")]
    public void A_query_means_what_it_means_in_PostgreSQL(string typed, string expected)
    {
        using var analyzer = new SearchAnalyzer();

        var words = CopyQuery.Words(SearchQuery.Parse(typed), analyzer)!.Value;

        Assert.Equal(expected, $"{words.Match} {words.Boost}");
    }

    [Fact]
    public void Stop_words_alone_are_nothing_to_search()
    {
        using var analyzer = new SearchAnalyzer();

        Assert.Null(CopyQuery.Words(SearchQuery.Parse("the of"), analyzer));
    }
}
