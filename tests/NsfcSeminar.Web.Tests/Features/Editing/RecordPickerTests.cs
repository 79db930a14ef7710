using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class RecordPickerTests : EditorComponentTest
{
    private static readonly LookupItem Dou = new(1, "dou-xiankang", Bilingual.Of("Dou Xiankang", "窦贤康"));
    private static readonly LookupItem Wang = new(8, "wang-lan", Bilingual.Of("Wang Lan", "王岚"));

    /// <summary>"New person…" sets the row's person and adds them to the page's lists. When the
    /// row renders before the page does, the picker is told the new value one render before its
    /// list holds it; it showed a blank box from then on, as if nobody were picked.</summary>
    [Fact]
    public void A_person_created_inline_is_named_once_the_list_holds_them_even_if_the_value_came_first()
    {
        var picker = Render<RecordPicker>(p => p.Add(c => c.Id, "participant-2-person").Add(c => c.Items, [Dou]));

        picker.Render(p => p.Add(c => c.Value, Wang.Id));
        Assert.Equal("", picker.Find("input").GetAttribute("value"));

        picker.Render(p => p.Add(c => c.Items, [Dou, Wang]));
        Assert.Equal("Wang Lan · 王岚", picker.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void A_picked_person_keeps_their_name_when_the_list_is_given_again()
    {
        var picker = Render<RecordPicker>(p => p.Add(c => c.Id, "participant-1-person").Add(c => c.Items, [Dou]).Add(c => c.Value, Dou.Id));

        picker.Render(p => p.Add(c => c.Items, [Dou, Wang]));

        Assert.Equal("Dou Xiankang · 窦贤康", picker.Find("input").GetAttribute("value"));
    }
}
