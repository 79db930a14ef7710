using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Localization;

/// <summary>The archive language that matches the request's UI culture.</summary>
internal static class ReaderLanguage
{
    public static Language Current => Languages.Of(CultureInfo.CurrentUICulture);
}
