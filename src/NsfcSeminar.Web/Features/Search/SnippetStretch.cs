namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The part of a text a snippet's highlighter must read to choose the same fragments as from the
/// whole: a fragment before the first place a search matches, to a fragment after the end of the
/// next place at least two fragments on. The highlighter keeps the earlier of equally good
/// fragments, so the two it chooses lie between. Never splits a surrogate pair, nor a word
/// written in letters (the reader would see "… rontier" for "frontier"); Chinese has no spaces
/// to keep words whole by, and a character cut from its neighbour is still one.
/// </summary>
internal static class SnippetStretch
{
    public static (int Start, int Length) Around(string text, int first, int lastEnd, int fragmentLength)
    {
        var start = Math.Max(0, first - fragmentLength);
        var end = Math.Min(text.Length, lastEnd + fragmentLength);
        while (start > 0 && start < first && (char.IsLowSurrogate(text[start]) || InWord(text, start)))
        {
            start++;
        }

        while (end < text.Length && end > lastEnd && (char.IsLowSurrogate(text[end]) || InWord(text, end)))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>Whether a cut before <paramref name="at"/> would split a word written in letters or digits.</summary>
    private static bool InWord(string text, int at) => Spelled(text[at - 1]) && Spelled(text[at]);

    private static bool Spelled(char c) => char.IsLetterOrDigit(c) && c < '\u2E80';
}
