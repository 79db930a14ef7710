using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Tests.Localization;

namespace NsfcSeminar.Web.Tests.Features.Editing;

public sealed class PickerSearchTests
{
    private static readonly LookupItem Dou = new(1, "dou-xiankang", Bilingual.Of("Dou Xiankang", "窦贤康"), Detail: Bilingual.Of("Director", "主任"));
    private static readonly LookupItem Liu = new(2, "liu-zhongfan", Bilingual.Of("Liu Zhongfan", "刘忠范"), Bilingual.Of("Academician", "院士"));
    private static readonly LookupItem Li = new(3, "li-jinghai", Bilingual.Of("Li Jinghai", "李静海"), Bilingual.Of("Academician", "院士"));
    private static readonly LookupItem[] People = [Dou, Liu, Li];

    [Theory]
    [InlineData("xiankang")]
    [InlineData("XIAN KANG")]
    [InlineData("贤康")]
    [InlineData("dou-xian")]
    public void A_person_is_found_by_either_name_or_address_whatever_the_case_and_spacing(string typed) =>
        Assert.Equal([Dou], PickerSearch.Find(People, typed).Select(m => m.Item));

    [Fact]
    public void A_stored_honorific_finds_everyone_who_holds_it() =>
        Assert.Equal([Liu, Li], PickerSearch.Find(People, "院士").Select(m => m.Item));

    [Fact]
    public void With_nothing_typed_the_preferred_records_alone_are_offered_in_their_order()
    {
        var offered = PickerSearch.Find(People, "", [3, 1]);

        Assert.Equal([Li, Dou], offered.Select(m => m.Item));
        Assert.All(offered, m => Assert.True(m.Preferred));
    }

    [Fact]
    public void Typed_text_lists_the_preferred_matches_before_the_others() =>
        Assert.Equal([Li, Liu], PickerSearch.Find(People, "academician", [3]).Select(m => m.Item));

    [Fact]
    public void The_line_under_a_name_holds_the_honorific_and_the_last_position_in_both_languages()
    {
        Assert.Equal("Academician 院士", LookupDetail.Of(Liu));
        Assert.Equal("Director 主任", LookupDetail.Of(Dou));
    }

    [Fact]
    public void The_Chinese_workspace_names_a_record_in_Chinese_first()
    {
        using var chinese = UiCulture.Of(Language.Zh);

        Assert.Equal("刘忠范 · Liu Zhongfan", Liu.Label);
        Assert.Equal("院士 Academician", LookupDetail.Of(Liu));
    }

    [Fact]
    public void A_record_named_in_one_language_is_named_so_in_either_workspace()
    {
        var meilin = new LookupItem(4, "meilin", Bilingual.Of("Meilin"));

        Assert.Equal("Meilin", meilin.LabelIn(Language.Zh));
        Assert.Equal("Dou Xiankang · 窦贤康", Dou.LabelIn(Language.En));
    }
}
