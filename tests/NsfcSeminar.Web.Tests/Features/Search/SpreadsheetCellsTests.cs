using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>The rule an Excel writer will share with the CSV export.</summary>
public sealed class SpreadsheetCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+SUM(1)")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_cell_that_could_run_as_a_formula_gets_a_leading_quote(string text)
    {
        Assert.Equal("'" + text, SpreadsheetCells.Neutralise(text));
    }

    [Theory]
    [InlineData("Reform of evaluation")]
    [InlineData("改革=创新")]
    [InlineData(" =not first")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_is_left_alone(string? text)
    {
        Assert.Equal(text, SpreadsheetCells.Neutralise(text));
    }
}
