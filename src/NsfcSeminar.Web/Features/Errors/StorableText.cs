using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NsfcSeminar.Web.Features.Errors;

/// <summary>Text PostgreSQL can store and compare: no NUL character, no half of a UTF-16
/// surrogate pair.</summary>
internal static class StorableText
{
    /// <summary>PostgreSQL's text type holds no NUL, and UTF-8 cannot encode an unpaired surrogate.</summary>
    public static bool IsStorable(string text) => BadAt(text, 0) < 0;

    /// <summary>The text without the characters PostgreSQL cannot take.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Strip(string? text)
    {
        if (text is null || BadAt(text, 0) < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (int start = 0, bad; start < text.Length; start = bad + 1)
        {
            bad = BadAt(text, start);
            bad = bad < 0 ? text.Length : bad;
            kept.Append(text, start, bad - start);
        }

        return kept.ToString();
    }

    /// <summary>The index of the first character from <paramref name="start"/> that PostgreSQL
    /// cannot take, or -1.</summary>
    private static int BadAt(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\0' || char.IsLowSurrogate(text[i]))
            {
                return i;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }
}
