using System.Globalization;
using System.Resources;

namespace NsfcSeminar.Web.Localization;

/// <summary>The English text of an interface string outside any page: a draft's warning reads in
/// English when written to a log or a console, as the neutral resources word it.</summary>
internal static class EnglishText
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    /// <summary>The key itself when no resource has it, as the localizer shows it.</summary>
    public static string Of(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) ?? key;
}
