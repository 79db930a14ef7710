using System.Globalization;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Presentation;

/// <summary>
/// The one rule for a speech's title, on the meeting page, in search results, exports and feeds:
/// its own title in the reader's language, else its own in the other language (shown with a
/// note), else one made at render time from its kind and speaker ("Keynote speech by Dou
/// Xiankang", "窦贤康主旨报告"). A made title is never stored, and no other record's title (the
/// seminar's) ever stands in for a speech's.
/// </summary>
internal static class SpeechTitles
{
    public static ShownTitle Of<T>(IEnumerable<T> versions, SpeechKind kind, Bilingual? speaker, Language reader, IStringLocalizer localizer)
        where T : class, ITitledVersion
    {
        if (versions.Where(v => !string.IsNullOrWhiteSpace(v.Title)).Pick(reader) is { } own)
        {
            return new ShownTitle(own.Version.Title, own.Version.Language, own.IsFallback, IsMade: false);
        }

        return new ShownTitle(Made(kind, speaker, reader, localizer), reader, IsFallback: false, IsMade: true);
    }

    /// <summary>The title made from the kind and the speaker's name, in <paramref name="language"/>.</summary>
    public static string Made(SpeechKind kind, Bilingual? speaker, Language language, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(L);
        var kindName = KindName(kind, language, L);
        return speaker?.For(language)?.Text is { } name
            ? string.Format(language.Culture(), In(language, () => L["Presentation.By"]), kindName, name)
            : kindName;
    }

    /// <summary>The kind's name in <paramref name="language"/>, whatever the request's language.</summary>
    public static string KindName(SpeechKind kind, Language language, IStringLocalizer localizer) =>
        In(language, () => localizer[Labels.Of(kind)]);

    /// <summary>A UI string looked up in a given language: exports name kinds in both, whatever
    /// the reader's. The localizer reads the current UI culture, so it is set for the one lookup.</summary>
    public static string In(Language language, Func<LocalizedString> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = language.Culture();
        try
        {
            return lookup();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
