using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Tests.Presentation;

/// <summary>Names are turned into pinyin word by word (and each word once); the keys are those
/// of the whole name, readings that depend on the next character included.</summary>
public sealed class NameKeysTests
{
    [Theory]
    [InlineData("窦贤康", "douxiankang")]
    [InlineData("重庆大学", "chongqingdaxue")]
    [InlineData("人物12", "renwu")]
    [InlineData("阿卜杜勒·卡迪尔", "aboduleikadier")]
    [InlineData("DNA 研究所", "dnayanjiusuo")]
    public void A_chinese_name_gives_the_letters_of_its_pinyin(string chinese, string latin) =>
        Assert.Contains("latin:" + latin, NameKeys.Of(Bilingual.Of(null, chinese)));

    [Fact]
    public void A_reading_that_depends_on_the_next_character_is_kept_when_the_word_is_remembered()
    {
        // 重 alone reads zhong; in 重庆 it reads chong. Asked twice, so the second answer is remembered.
        Assert.Contains("latin:zhong", NameKeys.Of(Bilingual.Of(null, "重")));
        Assert.Contains("latin:chongqing", NameKeys.Of(Bilingual.Of(null, "重庆")));
        Assert.Contains("latin:chongqing", NameKeys.Of(Bilingual.Of(null, "重庆")));
        Assert.Contains("latin:zhong", NameKeys.Of(Bilingual.Of(null, "重")));
    }

    [Fact]
    public void Names_that_differ_in_digits_alone_share_their_keys()
    {
        Assert.True(NameKeys.Same(Bilingual.Of("Person 1", "人物1"), Bilingual.Of("Person 2", "人物2")));
        Assert.True(NameKeys.Same(Bilingual.Of("Dou Xian-kang"), Bilingual.Of(null, "窦贤康")));
        Assert.False(NameKeys.Same(Bilingual.Of("Zhang Heng"), Bilingual.Of(null, "窦贤康")));
    }
}
