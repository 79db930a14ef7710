using System.Globalization;
using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Tests.Localization;

namespace NsfcSeminar.Web.Tests.Model;

/// <summary>What the archive knows about each language, and that it is known in one place.</summary>
public sealed partial class LanguagesTests
{
    [Theory]
    [InlineData(Language.Zh, "zh", "zh-Hans", "中文", "Chinese")]
    [InlineData(Language.En, "en", "en-GB", "英文", "English")]
    public void Each_language_knows_its_code_culture_and_names(Language language, string code, string culture, string inChinese, string inEnglish)
    {
        Assert.Equal(code, language.Code());
        Assert.Equal(language, Languages.FromCode(code.ToUpperInvariant()));
        Assert.Equal(culture, language.Culture().Name);
        Assert.Equal(language, Languages.Of(language.Culture()));
        Assert.Equal(inChinese, language.NameIn(Language.Zh));
        Assert.Equal(inEnglish, language.NameIn(Language.En));
    }

    [Fact]
    public void A_code_that_names_no_language_is_none_and_any_Chinese_culture_is_Chinese()
    {
        Assert.Null(Languages.FromCode("fr"));
        Assert.Null(Languages.FromCode(null));
        Assert.Equal(Language.Zh, Languages.Of(CultureInfo.GetCultureInfo("zh-TW")));
        Assert.Equal(Language.En, Languages.Of(CultureInfo.GetCultureInfo("de-DE")));
    }

    [Theory]
    [InlineData('中', true)]
    [InlineData('\u3400', true)] // Extension A: rare characters in people's names
    [InlineData('\uf900', true)] // a compatibility ideograph
    [InlineData('\u4dc0', false)] // a Yijing hexagram symbol, not Han
    [InlineData('。', false)]
    [InlineData('a', false)]
    public void Han_is_Unicode_Han_in_the_basic_plane(char c, bool han)
    {
        Assert.Equal(han, Languages.IsHan(c));
        Assert.Equal(han, Regex.IsMatch(c.ToString(), "[" + Languages.HanCharacters + "]"));
    }

    [Fact]
    public void The_Han_range_is_written_only_where_the_languages_are()
    {
        var elsewhere = Directory.EnumerateFiles(Path.GetDirectoryName(InterfaceStrings.WebProjectFolder)!, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            // Migrations are history: the SQL they once installed keeps the range it was written with.
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => Path.GetFileName(file) != "Languages.cs" && HanRange().IsMatch(File.ReadAllText(file)))
            .Select(Path.GetFileName);

        Assert.Empty(elsewhere);
    }

    [GeneratedRegex(@"\\u(?:4e00|9fff|3400|4dbf)|'[\u4e00\u9fff]'", RegexOptions.IgnoreCase)]
    private static partial Regex HanRange();
}
