using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class ConflictNoticeTests : EditorComponentTest
{
    [Fact]
    public void Shows_the_words_the_other_editor_removed_and_added()
    {
        var fields = ConflictField.Between(
            [new("Title", "Seminar on basic research"), new("Place", "Beijing")],
            [new("Title", "Seminar on applied research"), new("Place", "Beijing")]);

        var notice = Render<ConflictNotice>(p => p.Add(c => c.Fields, fields));

        Assert.Equal(["Title"], notice.FindAll("dt").Select(dt => dt.TextContent));
        Assert.Equal("basic", notice.Find("del").TextContent);
        Assert.Equal("applied", notice.Find("ins").TextContent);
        Assert.Equal("alert", notice.Find("section").GetAttribute("role"));
    }

    [Fact]
    public void Chinese_text_is_compared_character_by_character()
    {
        var fields = ConflictField.Between([new("标题", "加强基础研究")], [new("标题", "加强应用研究")]);

        var notice = Render<ConflictNotice>(p => p.Add(c => c.Fields, fields));

        Assert.Equal("基础", string.Concat(notice.FindAll("del").Select(d => d.TextContent)));
        Assert.Equal("应用", string.Concat(notice.FindAll("ins").Select(i => i.TextContent)));
    }
}
