using System.Collections.Concurrent;
using System.Text;
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
    /// <summary>Words whose pinyin is remembered: a bound, so that an archive of many names
    /// costs a few megabytes at most.</summary>
    private const int MostRemembered = 100_000;

    /// <summary>One transliterator for the process. Building it parses ICU's Han-Latin rules, a
    /// second or more (three under load), so it is built once and may be built ahead of need
    /// (<see cref="Prepare"/>); it is not thread-safe, so calls take turns (each takes well under
    /// a millisecond).</summary>
    private static readonly Lazy<Transliterator> Shared = new(() => Transliterator.GetInstance("Han-Latin; Latin-ASCII; Lower"));

    private static readonly Lock Turn = new();

    /// <summary>The Latin key of each word (a run of letters) turned into pinyin so far: an import
    /// of thousands of names, and the same-name check of the editor (which compares with every
    /// stored name), meet the same words again and again.</summary>
    private static readonly ConcurrentDictionary<string, string> Remembered = new(StringComparer.Ordinal);

    public static IEnumerable<string> Of(Bilingual name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Zh is { Length: > 0 } zh)
        {
            yield return "zh:" + string.Concat(zh.Where(c => !char.IsWhiteSpace(c)));
            if (PinyinKey(zh) is { Length: > 0 } pinyin)
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

    /// <summary>Starts building the transliterator in the background, for a caller that will
    /// soon need it (an import about to read names): the build then overlaps the reading.</summary>
    public static void Prepare() => ThreadPool.QueueUserWorkItem(_ => PinyinKey("窦贤康"));

    /// <summary>The Latin letters of the name's pinyin, word by word: only letters become letters
    /// of the key, and a reading depends only on the characters around it in the same word, so a
    /// word is turned into pinyin once however many names hold it (人物1, 人物2, …).</summary>
    private static string PinyinKey(string zh)
    {
        var key = new StringBuilder();
        foreach (var word in Words(zh))
        {
            if (!Remembered.TryGetValue(word, out var latin))
            {
                latin = Latin(ToPinyin(word));
                if (Remembered.Count < MostRemembered)
                {
                    Remembered[word] = latin;
                }
            }

            key.Append(latin);
        }

        return key.ToString();
    }

    /// <summary>Runs of letters, with their marks (and the halves of a character written as two).</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || char.IsSurrogate(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static string ToPinyin(string zh)
    {
        var transliterator = Shared.Value;
        lock (Turn)
        {
            return transliterator.Transliterate(zh);
        }
    }

    private static string Latin(string text) => string.Concat(Slug.From(text).Where(char.IsAsciiLetterLower));
}
