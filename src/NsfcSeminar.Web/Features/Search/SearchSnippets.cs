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
    private const int Length = 160;

    /// <summary>Parts from fragments whose matches the highlighter marked with ⟦ ⟧, with an
    /// ellipsis where the text goes on before or after them.</summary>
    public static Snippet FromMarked(string fragments, string text, Language language)
    {
        var parts = new List<SnippetPart>();
        var marked = Spaces().Replace(fragments, " ").Trim();
        var unmarked = marked.Replace("⟦", "", StringComparison.Ordinal).Replace("⟧", "", StringComparison.Ordinal);
        var matched = false;
        foreach (var piece in MarkDelimiters().Split(marked))
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

        if (!text.StartsWith(unmarked, StringComparison.Ordinal))
        {
            parts.Insert(0, new SnippetPart("… ", false));
        }

        if (!text.EndsWith(unmarked, StringComparison.Ordinal))
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return new Snippet(parts, language);
    }

    /// <summary>The beginning of a text nothing in it matched (or of any text, without words).</summary>
    public static Snippet Leading(string text, Language language) => text.Length == 0
        ? new Snippet([], language)
        : new Snippet([new SnippetPart(text.Length > Length ? text[..Length] + " …" : text, false)], language);

    public static bool HasMatch(Snippet snippet) => snippet.Parts.Any(p => p.IsMatch);

    /// <summary>Rendered text as a snippet is cut from it: white space collapsed, and the marks
    /// the highlighter puts around matches removed, so that a text cannot fake a match.</summary>
    public static string Plain(string plainText) =>
        Spaces().Replace(plainText.Replace("⟦", "", StringComparison.Ordinal).Replace("⟧", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex("(⟦|⟧)")]
    private static partial Regex MarkDelimiters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
