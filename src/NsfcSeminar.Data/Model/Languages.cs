using System.Globalization;

namespace NsfcSeminar.Data.Model;

/// <summary>
/// Everything the archive knows about each <see cref="Language"/>, in one place: its code (stored
/// in the database, the <c>/zh/…</c> prefix of a page, the <c>lang=</c> of a search, the id of a
/// form field), its tag, the culture that formats it, its name in each language and the characters
/// it is written in.
/// </summary>
public static class Languages
{
    /// <summary>Han characters as a regular expression's character class body (<c>[…]</c>), the
    /// same ranges <see cref="IsHan"/> accepts.</summary>
    public const string HanCharacters = @"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";

    public static IReadOnlyList<Language> All { get; } = [Language.Zh, Language.En];

    /// <summary>The ISO 639-1 code: "zh" or "en".</summary>
    public static string Code(this Language language) => language == Language.Zh ? "zh" : "en";

    /// <summary>The language a code names ("zh", "EN"; case does not matter), or null.</summary>
    public static Language? FromCode(string? code) =>
        TryParseCode(code, out var language) ? language : null;

    public static bool TryParseCode(ReadOnlySpan<char> code, out Language language)
    {
        foreach (var candidate in All)
        {
            if (code.Equals(candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                language = candidate;
                return true;
            }
        }

        language = default;
        return false;
    }

    /// <summary>The BCP 47 tag for a <c>lang</c> attribute: Simplified Chinese is named explicitly
    /// so that screen readers and fonts pick the right script.</summary>
    public static string ToBcp47(this Language language) => language == Language.Zh ? "zh-Hans" : "en";

    /// <summary>The culture that formats dates, numbers and interface strings in the language.</summary>
    public static CultureInfo Culture(this Language language) =>
        CultureInfo.GetCultureInfo(language == Language.Zh ? "zh-Hans" : "en-GB");

    /// <summary>The language of a culture: every Chinese culture (zh, zh-CN, zh-Hant …) is Chinese,
    /// every other one English.</summary>
    public static Language Of(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == Language.Zh.Code() ? Language.Zh : Language.En;

    /// <summary>The language's name as a reader of <paramref name="reader"/> calls it: 中文,
    /// Chinese, 英文, English.</summary>
    public static string NameIn(this Language language, Language reader) => (language, reader) switch
    {
        (Language.Zh, Language.Zh) => "中文",
        (Language.Zh, _) => "Chinese",
        (_, Language.Zh) => "英文",
        _ => "English",
    };

    /// <summary>The language's name in itself, as a reader looking for it would recognise it.</summary>
    public static string OwnName(this Language language) => language.NameIn(language);

    public static Language Other(this Language language) =>
        language == Language.Zh ? Language.En : Language.Zh;

    /// <summary>
    /// Whether a character is Han, the script Chinese is written in: CJK Unified Ideographs
    /// (U+4E00–9FFF), Extension A (U+3400–4DBF) and the Compatibility Ideographs (U+F900–FAFF). The
    /// portal once wrote this range six ways; this one is Unicode's Han script within the Basic
    /// Multilingual Plane. Extension A holds rare characters that do occur in people's names, and
    /// the compatibility block characters that old documents still carry, so both count; the Yijing
    /// hexagram symbols between them (U+4DC0–4DFF) are not Han and do not.
    /// </summary>
    public static bool IsHan(char c) =>
        c is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
