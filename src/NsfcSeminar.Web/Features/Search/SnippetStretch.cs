namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The part of a text a snippet's highlighter must read to choose the same fragments as from the
/// whole: a fragment before the first place a search matches, to a fragment after the end of the
/// next place at least two fragments on. The highlighter keeps the earlier of equally good
/// fragments, so the two it chooses lie between. Never splits a surrogate pair.
/// </summary>
internal static class SnippetStretch
{
    public static (int Start, int Length) Around(string text, int first, int lastEnd, int fragmentLength)
    {
        var start = Math.Max(0, first - fragmentLength);
        var end = Math.Min(text.Length, lastEnd + fragmentLength);
        start += start > 0 && char.IsLowSurrogate(text[start]) ? 1 : 0;
        end -= end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
        return (start, end - start);
    }
}
