using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NsfcSeminar.Data.Model;

/// <summary>The one rule for the readable, stable keys in the portal's URLs.</summary>
public static partial class Slug
{
    /// <summary>Lower-case ASCII words joined by single hyphens. The same pattern is a CHECK
    /// constraint on every slug column.</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public const int MaxLength = 120;

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength } && ValidSlug().IsMatch(slug);

    /// <summary>Makes a slug from English or pinyin text; accents are dropped ("Dòu" becomes
    /// "dou"). Returns an empty string for text with no Latin letters or digits (e.g. Chinese
    /// only), so callers must supply an English form for such records.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return Shortened(builder.ToString(), MaxLength);
    }

    /// <summary>The slug cut to at most <paramref name="most"/> characters between two words
    /// ("…-natural-science", never "…-natural-science-found"); a single word longer than that is
    /// cut where it must be.</summary>
    public static string Shortened(string slug, int most)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (slug.Length <= most)
        {
            return slug;
        }

        var hyphen = slug.LastIndexOf('-', most);
        return hyphen > 0 ? slug[..hyphen] : slug[..most];
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex ValidSlug();
}
