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

        var slug = builder.ToString();
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex ValidSlug();
}
