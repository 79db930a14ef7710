using ICU4N.Text;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>
/// The keys two names are the same person by: the Chinese name as written, and a Latin key that
/// an English name and the pinyin of a Chinese name share ("Dou Xiankang", "DOU Xian-kang" and
/// 窦贤康 all give "douxiankang"), letters only. Pinyin comes from ICU's Han-Latin transliterator;
/// a name read two ways (多音字) may be missed, never invented.
/// </summary>
public static class NameKeys
{
    private static readonly ThreadLocal<Transliterator> Pinyin = new(() => Transliterator.GetInstance("Han-Latin; Latin-ASCII; Lower"));

    public static IEnumerable<string> Of(Bilingual name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Zh is { Length: > 0 } zh)
        {
            yield return "zh:" + string.Concat(zh.Where(c => !char.IsWhiteSpace(c)));
            if (Latin(Pinyin.Value!.Transliterate(zh)) is { Length: > 0 } pinyin)
            {
                yield return "latin:" + pinyin;
            }
        }

        if (name.En is { Length: > 0 } en && Latin(en) is { Length: > 0 } latin)
        {
            yield return "latin:" + latin;
        }
    }

    public static bool Same(Bilingual a, Bilingual b) => Of(a).Intersect(Of(b), StringComparer.Ordinal).Any();

    private static string Latin(string text) => string.Concat(Slug.From(text).Where(char.IsAsciiLetterLower));
}
