using Microsoft.AspNetCore.Components;

namespace NsfcSeminar.Web.Features.Speeches;

/// <summary>
/// A text and its translation as rows of matching blocks. Translators keep paragraphs in order,
/// so when both versions have as many blocks they are paired one to one; when they do not, no
/// pairing could be trusted and each version is kept whole.
/// </summary>
internal sealed record ParallelText(IReadOnlyList<(MarkupString Left, MarkupString Right)> Rows, bool IsAligned)
{
    public static ParallelText Pair(IReadOnlyList<MarkupString> left, IReadOnlyList<MarkupString> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Count == right.Count)
        {
            return new(left.Zip(right).ToList(), IsAligned: true);
        }

        return new([(Join(left), Join(right))], IsAligned: false);
    }

    private static MarkupString Join(IReadOnlyList<MarkupString> blocks) =>
        new(string.Concat(blocks.Select(block => block.Value)));
}
