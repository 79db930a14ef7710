using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>Tells Chinese text from English by its characters.</summary>
internal static class ReleaseLanguage
{
    /// <summary>Chinese when a fifth or more of its letters are Han characters: Chinese releases
    /// quote Latin names and numbers, English ones hardly ever hold Han.</summary>
    /// <remarks>Han is <see cref="Languages.IsHan"/>. This file once kept its own range, the only
    /// one that left out the Yijing hexagram symbols (U+4DC0–4DFF) between Extension A and the
    /// unified ideographs. It was right to: they are not Han, so the shared range leaves them out
    /// too, and adds the compatibility ideographs (U+F900–FAFF) this one missed.</remarks>
    public static bool IsChinese(string text)
    {
        var han = text.Count(Languages.IsHan);
        var letters = text.Count(char.IsLetter);
        return letters > 0 && han * 5 >= letters;
    }
}
