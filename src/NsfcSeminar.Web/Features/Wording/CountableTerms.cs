using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Wording;

/// <summary>Which of the terms <see cref="TermCutter"/> cuts are counted.</summary>
internal static class CountableTerms
{
    private static readonly HashSet<string> EnglishStopWords = new(
        EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString() ?? "").Concat(Wordlists.EnglishFunctionWords),
        StringComparer.Ordinal);

    private static readonly HashSet<string> ChineseStopWords = new(Wordlists.ChineseFunctionWords, StringComparer.Ordinal);

    /// <summary>An English word of three letters or more, no digits, not a stop word.</summary>
    public static bool English(ICharTermAttribute term)
    {
        if (term.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < term.Length; i++)
        {
            if (!char.IsLetter(term[i]) && term[i] != '-')
            {
                return false;
            }
        }

        return !EnglishStopWords.Contains(term.ToString());
    }

    /// <summary>A Chinese word of two ideographs or more, not a function word.</summary>
    public static bool Chinese(ICharTermAttribute term) =>
        term.Length >= 2 && IsIdeographs(term) && !ChineseStopWords.Contains(term.ToString());

    private static bool IsIdeographs(ICharTermAttribute term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            if (!Languages.IsHan(term[i]))
            {
                return false;
            }
        }

        return true;
    }
}
