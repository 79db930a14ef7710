using System.Globalization;
using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Features.Themes.Wording;

public sealed partial class ThemeWordingView
{
    [Parameter, EditorRequired] public ThemeWording Wording { get; set; } = null!;

    [Parameter, EditorRequired] public string ThemeSlug { get; set; } = "";

    private string WindowLink(int window) => window == ThemeWordingQuery.DefaultWindow
        ? $"themes/{ThemeSlug}#wording-title"
        : $"themes/{ThemeSlug}?window={window.ToString(CultureInfo.InvariantCulture)}#wording-title";

    /// <summary>The speeches on the theme whose texts in this language use the term, in the period
    /// where it was used more (the later for a rising term, the earlier for a falling one): over
    /// both, a search would also list the other period's speeches whose record names the term
    /// elsewhere (the theme's own name, a speaker's organisation), not in the words counted.</summary>
    private string TermLink(string term, YearSpan span, Language language) => SearchLinks.Words(
        term, ThemeSlug, span.From.ToString(CultureInfo.InvariantCulture), span.To.ToString(CultureInfo.InvariantCulture), language);

    private string Years(YearSpan span) => span.From == span.To
        ? span.From.ToString(CultureInfo.InvariantCulture)
        : L["Themes.Dash", span.From.ToString(CultureInfo.InvariantCulture), span.To.ToString(CultureInfo.InvariantCulture)];
}
