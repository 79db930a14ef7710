using System.Text;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>One token of a query: a term (maybe excluded with a leading minus) or OR.</summary>
internal sealed record SearchToken(SearchTerm Term, bool IsExcluded, bool IsOr);

/// <summary>Splits a cleaned query into words, "quoted phrases" (also “curly” and 「corner」
/// quotes), -exclusions and OR (or |).</summary>
internal static class SearchTokens
{
    private static readonly SearchToken Or = new(new SearchTerm("", false), false, IsOr: true);

    public static IEnumerable<SearchToken> Read(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            var phrase = IsOpeningQuote(text[i]);
            var term = phrase ? ReadPhrase(text, ref i) : ReadWord(text, ref i);
            if (!phrase && !excluded && (term == "OR" || term == "|"))
            {
                yield return Or;
            }
            else if (term.Any(char.IsLetterOrDigit))
            {
                yield return new SearchToken(new SearchTerm(term, phrase), excluded, IsOr: false);
            }
        }
    }

    private static string ReadPhrase(string text, ref int i)
    {
        i++;
        var builder = new StringBuilder();
        while (i < text.Length && !IsClosingQuote(text[i]))
        {
            builder.Append(text[i++]);
        }

        i++; // past the closing quote, or the end when it was never closed
        return builder.ToString().Trim();
    }

    private static string ReadWord(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsOpeningQuote(text[i]))
        {
            i++;
        }

        return start == i ? text[i++].ToString() : text[start..i];
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u300C' or '\u300E';

    private static bool IsClosingQuote(char c) => c is '"' or '\u201D' or '\u300D' or '\u300F';
}
