namespace NsfcSeminar.Web.Features.Editing.Forms;

/// <summary>A field an offered draft changed: the stored value and the draft's, each cut to the
/// passage around their first difference, so that a change deep in a long speech still shows.</summary>
public sealed record DraftChange(string Label, string Stored, string Draft)
{
    /// <summary>Characters kept of each value, besides the marks of a cut.</summary>
    public const int Length = 80;

    /// <summary>Characters kept before the first difference, so the change is read in context.</summary>
    private const int Context = 20;

    /// <summary>The changed fields (stored as "before", the draft as "theirs"), shortened.</summary>
    public static IReadOnlyList<DraftChange> From(IReadOnlyList<ConflictField> fields) =>
        [.. fields.Select(field => Shortened(field.Label, field.Before ?? "", field.Theirs ?? ""))];

    private static DraftChange Shortened(string label, string stored, string draft)
    {
        var first = 0;
        while (first < stored.Length && first < draft.Length && stored[first] == draft[first])
        {
            first++;
        }

        var start = Math.Max(0, first - Context);
        return new DraftChange(label, Excerpt(stored, start), Excerpt(draft, start));
    }

    private static string Excerpt(string text, int start)
    {
        // Never begin or end inside a surrogate pair (a rare Han character, say).
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }

        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
