using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Components.Shared;

namespace NsfcSeminar.Web.Tests.Components;

public sealed class BilingualTextTests : PortalComponentTest
{
    [Fact]
    public void Shows_the_readers_language_tagged_with_it()
    {
        var view = Render<BilingualText>(p => p.Add(c => c.Value, Bilingual.Of("Beijing", "北京")));

        var span = view.Find("span");
        Assert.Equal("Beijing", span.TextContent);
        Assert.Equal("en", span.GetAttribute("lang"));
    }

    [Fact]
    public void Falls_back_to_the_other_language_and_marks_it()
    {
        var view = Render<BilingualText>(p => p.Add(c => c.Value, Bilingual.Of(null, "局级以上干部")));

        var span = view.Find("span");
        Assert.Equal("zh-Hans", span.GetAttribute("lang"));
        Assert.Contains("fallback", span.ClassList);
    }

    [Fact]
    public void A_Chinese_reader_gets_the_Chinese_form()
    {
        UseCulture("zh-Hans");

        var view = Render<BilingualText>(p => p.Add(c => c.Value, Bilingual.Of("Dou Xiankang", "窦贤康")));

        Assert.Equal("窦贤康", view.Find("span").TextContent);
    }

    [Fact]
    public void An_empty_text_shows_the_placeholder()
    {
        var view = Render<BilingualText>(p => p.Add(c => c.Value, new Bilingual()).Add(c => c.Placeholder, "untitled"));

        Assert.Equal("untitled", view.Find(".missing").TextContent);
    }
}
