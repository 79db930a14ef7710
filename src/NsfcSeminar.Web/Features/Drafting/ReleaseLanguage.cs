namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Tells Chinese text from English by its characters.</summary>
internal static class ReleaseLanguage
{
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Chinese when a fifth or more of its letters are Han characters: Chinese releases
    /// quote Latin names and numbers, English ones hardly ever hold Han.</summary>
    public static bool IsChinese(string text)
    {
        var han = text.Count(IsHan);
        var letters = text.Count(char.IsLetter);
        return letters > 0 && han * 5 >= letters;
    }
}
