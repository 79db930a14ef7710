using System.Globalization;
using NsfcSeminar.Web.Features.Themes;

namespace NsfcSeminar.Web.Tests.Features.Themes;

public sealed class YearBarChartTests : PortalComponentTest
{
    private static readonly YearCount[] Years = [new(2021, 4), new(2022, 0), new(2023, 8)];

    [Fact]
    public void The_chart_is_an_image_named_by_its_title_and_described_by_every_number()
    {
        var chart = Render<YearBarChart>(p => p.Add(c => c.Years, Years).Add(c => c.Title, "Speeches per year on Talent").Add(c => c.Id, "talent"));

        var svg = chart.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("talent-title talent-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Speeches per year on Talent", chart.Find("#talent-title").TextContent);
        Assert.Equal("2021: 4; 2022: 0; 2023: 8", chart.Find("#talent-desc").TextContent);
    }

    [Fact]
    public void Bars_are_as_tall_as_their_numbers_with_the_tallest_filling_the_plot()
    {
        var chart = Render<YearBarChart>(p => p.Add(c => c.Years, Years).Add(c => c.Title, "Per year"));

        var bars = chart.FindAll("rect.year-chart__bar");
        Assert.Equal(["2021", "2022", "2023"], bars.Select(b => b.GetAttribute("data-year")!).ToArray());
        var heights = bars.Select(b => double.Parse(b.GetAttribute("height")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([70, 0, 140], heights);
        Assert.Equal(["4", "0", "8"], chart.FindAll("text.year-chart__count").Select(t => t.TextContent).ToArray());
        Assert.Equal(["2021", "2022", "2023"], chart.FindAll("text.year-chart__year").Select(t => t.TextContent).ToArray());
    }

    [Fact]
    public void The_same_numbers_are_given_as_a_table_with_headers()
    {
        var chart = Render<YearBarChart>(p => p.Add(c => c.Years, Years).Add(c => c.Title, "Per year"));

        Assert.Equal("Per year", chart.Find("table caption").TextContent);
        Assert.Equal(["Year", "Speeches"], chart.FindAll("thead th").Select(th => th.TextContent).ToArray());
        var rows = chart.FindAll("tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal([("2021", "4"), ("2022", "0"), ("2023", "8")], rows);
    }

    [Fact]
    public void In_Chinese_the_description_uses_Chinese_punctuation()
    {
        UseCulture("zh-Hans");

        var chart = Render<YearBarChart>(p => p.Add(c => c.Years, Years).Add(c => c.Title, "每年讲话数"));

        Assert.Equal("2021：4；2022：0；2023：8", chart.Find("desc").TextContent);
        Assert.Equal(["年份", "讲话"], chart.FindAll("thead th").Select(th => th.TextContent).ToArray());
    }
}
