using System.Text.RegularExpressions;

namespace NsfcSeminar.Web.Features.Drafting;

/// <summary>
/// A seminar's proposed title from the release's headline: the meeting's name, without the news
/// verb around it ("X holds its second seminar of 2024", "… was held in Beijing", "X在北京召开Y").
/// Nothing is added: a headline that does not read so is proposed as it stands, for the editor.
/// </summary>
internal static partial class ReleaseTitle
{
    public static string? Of(string? headline, bool chinese)
    {
        if (string.IsNullOrWhiteSpace(headline))
        {
            return headline;
        }

        return chinese ? Chinese(headline) : English(headline);
    }

    private static string English(string headline)
    {
        if (EnglishHeld().Match(headline) is { Success: true } held)
        {
            return Capitalised(held.Groups["what"].Value);
        }

        // The organiser stays, first, as in the Chinese title: "Party Group of the NSFC: second
        // virtual seminar of 2024".
        return EnglishHolds().Match(headline) is { Success: true } holds
            ? $"{holds.Groups["who"].Value}: {holds.Groups["what"].Value}"
            : headline;
    }

    /// <summary>The organiser stays in the title, as the release's own first sentence names the
    /// meeting ("国家自然科学基金委员会党组2024年第二次务虚研讨会在北京召开").</summary>
    private static string Chinese(string headline)
    {
        if (ChineseHeld().Match(headline) is { Success: true } held)
        {
            return held.Groups["what"].Value;
        }

        return ChineseHolds().Match(headline) is { Success: true } holds
            ? holds.Groups["who"].Value + holds.Groups["what"].Value
            : headline;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^(?:The |A |An )?(?<what>.+?) (?:was|were|is|are) (?:held|convened)(?: (?:in|at|by|on) .+)?$")]
    private static partial Regex EnglishHeld();

    [GeneratedRegex(@"^(?<who>.+?) (?:holds|held|convenes|convened|hosts|hosted) (?:its |their |a |an |the )?(?<what>.+?)(?: (?:in|at) [A-Z][\w-]*| by video(?: link)?| online)?$")]
    private static partial Regex EnglishHolds();

    [GeneratedRegex(@"^(?<what>.+?)(?:在.{2,6})?(?:召开|举行|举办)$")]
    private static partial Regex ChineseHeld();

    [GeneratedRegex(@"^(?<who>.+?)(?:在.{2,6}?)?(?:召开|举行|举办)(?<what>.+)$")]
    private static partial Regex ChineseHolds();
}
