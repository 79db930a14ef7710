using System.Text.RegularExpressions;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// Snippets as plain-text parts, matched or not, cut from text already rendered without its
/// Markdown (<see cref="SnippetReader"/>): the page writes each part as text (inside a
/// &lt;mark&gt; when matched), so nothing from a record or a query is ever emitted as markup.
/// </summary>
internal static partial class SearchSnippets
{
    private const int Before = 40;
    private const int Length = 160;

    /// <summary>Parts from a ts_headline that marked its matches with ⟦ ⟧.</summary>
    public static Snippet FromHeadline(string? headline, Language language)
    {
        var parts = new List<SnippetPart>();
        var text = Spaces().Replace(headline ?? "", " ").Trim();
        var matched = false;
        foreach (var piece in MarkDelimiters().Split(text))
        {
            if (piece == "⟦" || piece == "⟧")
            {
                matched = piece == "⟦";
            }
            else if (piece.Length > 0)
            {
                parts.Add(new SnippetPart(piece, matched));
            }
        }

        return new Snippet(parts, language);
    }

    /// <summary>A window of the text around the first occurrence of any term, every occurrence
    /// marked; Chinese needs this because its words have no spaces for ts_headline to cut at.</summary>
    public static Snippet Around(string? text, IEnumerable<string> terms, Language language)
    {
        var plain = text ?? "";
        var words = terms.SelectMany(TermWords).Where(w => w.Length > 0).Distinct().ToList();
        var pattern = words.Count == 0 ? null : new Regex(string.Join('|', words.Select(Regex.Escape)), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var first = pattern?.Match(plain) is { Success: true } hit ? hit.Index : 0;
        var start = Math.Max(0, first - Before);
        var window = plain.Substring(start, Math.Min(Length, plain.Length - start));
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        var at = 0;
        foreach (Match match in pattern?.Matches(window) ?? (IEnumerable<Match>)[])
        {
            parts.Add(new SnippetPart(window[at..match.Index], false));
            parts.Add(new SnippetPart(match.Value, true));
            at = match.Index + match.Length;
        }

        parts.Add(new SnippetPart(window[at..] + (start + window.Length < plain.Length ? " …" : ""), false));
        return new Snippet(parts.Where(p => p.Text.Length > 0).ToList(), language);
    }

    public static bool HasMatch(Snippet snippet) => snippet.Parts.Any(p => p.IsMatch);

    /// <summary>Rendered text as a snippet is cut from it: white space collapsed, and the marks
    /// that ts_headline puts around matches removed, so that a text cannot fake a match.</summary>
    public static string Plain(string plainText) =>
        Spaces().Replace(plainText.Replace("⟦", "", StringComparison.Ordinal).Replace("⟧", "", StringComparison.Ordinal), " ").Trim();

    /// <summary>A term's Chinese runs and Latin words, as they appear literally in a text.</summary>
    private static IEnumerable<string> TermWords(string term) => TermPieces().Matches(term).Select(m => m.Value);

    [GeneratedRegex("(⟦|⟧)")]
    private static partial Regex MarkDelimiters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}-[\u3400-\u9fff\uf900-\ufaff]]{2,}")]
    private static partial Regex TermPieces();
}
