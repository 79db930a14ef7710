using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Features.Themes;

public sealed class ThemeViewTests : PortalComponentTest
{
    [Fact]
    public void Shows_parent_sub_themes_and_an_empty_state()
    {
        var record = new ThemeRecord(
            "original-innovation",
            Bilingual.Of("Original innovation", "原始创新"),
            Bilingual.Of("Breakthroughs that start from new ideas."),
            new RecordLink("basic-research", Bilingual.Of("Basic research", "基础研究")),
            [new RecordLink("disruptive-science", Bilingual.Of("Disruptive science"))],
            [],
            []);

        var view = Render<ThemeView>(p => p.Add(c => c.Record, record));

        Assert.Equal("Original innovation", view.Find("h1").TextContent.Trim());
        Assert.Contains(view.FindAll(".breadcrumbs a"), a => a.GetAttribute("href") == "themes/basic-research");
        Assert.Equal("themes/disruptive-science", view.Find(".tags a").GetAttribute("href"));
        Assert.Contains("No speeches carry this theme yet.", view.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_nests_sub_themes_under_their_parent()
    {
        IReadOnlyList<ThemeNode> tree =
        [
            new ThemeNode("basic-research", Bilingual.Of("Basic research"), 3,
                [new ThemeNode("free-exploration", Bilingual.Of("Free exploration"), 1, [])]),
        ];

        var view = Render<ThemeTreeView>(p => p.Add(c => c.Nodes, tree).Add(c => c.ShowCounts, true));

        var nested = view.Find("ul.theme-tree > li > ul.theme-tree > li > a");
        Assert.Equal("themes/free-exploration", nested.GetAttribute("href"));
        Assert.Contains("(3 speeches)", view.Markup, StringComparison.Ordinal);
    }
}
