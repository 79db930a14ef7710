using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Wording;

/// <summary>
/// Cuts a text into the terms whose use is counted. English: words lower-cased, stop words and
/// words of fewer than three letters or with digits dropped, counted by their Porter stem
/// (funding, funded → fund) and shown as their most frequent form. Chinese has no spaces:
/// SmartCn (a dictionary and hidden Markov model) cuts it into words, of which those of two
/// ideographs or more count; a single character is mostly a particle (的, 和, 在).
/// Thread-safe: Lucene analyzers keep their token streams per thread.
/// </summary>
internal sealed class TermCutter : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _english = new EnglishWords();

    // Loads its dictionaries (a few MB) on first use.
    private readonly Lazy<SmartChineseAnalyzer> _chinese = new(() => new SmartChineseAnalyzer(Version));

    /// <summary>Adds each term of <paramref name="text"/> to <paramref name="tally"/>.</summary>
    public void Cut(string text, Language language, TermTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (language == Language.Zh)
        {
            CutChinese(text, tally);
        }
        else
        {
            CutEnglish(text, tally);
        }
    }

    public void Dispose()
    {
        _english.Dispose();
        if (_chinese.IsValueCreated)
        {
            _chinese.Value.Dispose();
        }
    }

    private void CutChinese(string text, TermTally tally)
    {
        using var stream = _chinese.Value.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (CountableTerms.Chinese(term))
            {
                var word = term.ToString();
                tally.Add(word, word);
            }
        }

        stream.End();
    }

    /// <summary>The stream carries each word twice (KeywordRepeatFilter): as written, marked as
    /// a keyword, then stemmed; a word equal to its stem comes once.</summary>
    private void CutEnglish(string text, TermTally tally)
    {
        using var stream = _english.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        string? form = null;
        while (stream.IncrementToken())
        {
            if (keyword.IsKeyword)
            {
                Flush(tally, form, form);
                form = CountableTerms.English(term) ? term.ToString() : null;
            }
            else if (form is not null)
            {
                tally.Add(term.ToString(), form);
                form = null;
            }
        }

        Flush(tally, form, form);
        stream.End();
    }

    private static void Flush(TermTally tally, string? key, string? form)
    {
        if (key is not null && form is not null)
        {
            tally.Add(key, form);
        }
    }
}
