using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Reading;

/// <summary>The archive language that matches the request's UI culture.</summary>
internal static class ReaderLanguage
{
    public static Language Current =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? Language.Zh : Language.En;
}
