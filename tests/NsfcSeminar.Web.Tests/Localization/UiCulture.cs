using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Tests.Localization;

/// <summary>The UI culture of a workspace language for the rest of a test's block, put back when
/// disposed: what the request-localization middleware sets for code that reads it.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _original = CultureInfo.CurrentUICulture;

    private UiCulture(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;

    public static UiCulture Of(Language language) => new(language.Culture());

    public void Dispose() => CultureInfo.CurrentUICulture = _original;
}
