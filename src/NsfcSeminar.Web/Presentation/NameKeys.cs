using System.Collections.Concurrent;
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
    /// <summary>Transliterators not in use. Building one parses ICU's Han-Latin rules, which takes
    /// a second or more under load; one a thread (as before) was built again on every pool thread
    /// an async import's continuations ran on (seen in stack samples of a slow import). A
    /// transliterator is not thread-safe, so each call takes one of these, or builds one.</summary>
    private static readonly ConcurrentBag<Transliterator> Idle = [];

    public static IEnumerable<string> Of(Bilingual name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Zh is { Length: > 0 } zh)
        {
            yield return "zh:" + string.Concat(zh.Where(c => !char.IsWhiteSpace(c)));
            if (Latin(ToPinyin(zh)) is { Length: > 0 } pinyin)
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

    private static string ToPinyin(string zh)
    {
        if (!Idle.TryTake(out var pinyin))
        {
            pinyin = Transliterator.GetInstance("Han-Latin; Latin-ASCII; Lower");
        }

        try
        {
            return pinyin.Transliterate(zh);
        }
        finally
        {
            Idle.Add(pinyin);
        }
    }

    private static string Latin(string text) => string.Concat(Slug.From(text).Where(char.IsAsciiLetterLower));
}
