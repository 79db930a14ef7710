using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Tests.Features.Search;

/// <summary>The rule the Excel writer shares with the CSV export.</summary>
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

    [Fact]
    public void An_Excel_cell_is_neutralised_and_cut_at_the_cell_limit()
    {
        var longText = "=" + new string('字', SpreadsheetCells.ExcelCellLimit + 10);

        var cell = SpreadsheetCells.ExcelText(longText)!;

        Assert.Equal(SpreadsheetCells.ExcelCellLimit, cell.Length);
        Assert.StartsWith("'=字", cell, StringComparison.Ordinal);
        Assert.EndsWith("字…", cell, StringComparison.Ordinal);
        Assert.Equal("'+1", SpreadsheetCells.ExcelText("+1"));
        Assert.Null(SpreadsheetCells.ExcelText(null));
    }
}
