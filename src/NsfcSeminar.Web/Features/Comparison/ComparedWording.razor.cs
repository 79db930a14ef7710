using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

public sealed partial class ComparedWording
{
    [Parameter, EditorRequired] public SeminarComparison Comparison { get; set; } = null!;

    private IEnumerable<(ComparedSeminar Seminar, string Side, string Label)> Sides() =>
    [
        (Comparison.Earlier, "earlier", L["Comparison.ItsSpeechesInTheEarlierSeminar"]),
        (Comparison.Later, "later", L["Comparison.ItsSpeechesInTheLaterSeminar"]),
    ];

    /// <summary>The speeches on the theme, in the days of this seminar, whose texts in this language use the term.</summary>
    private static string TermLink(string term, RecordLink theme, ComparedSeminar seminar, Language language) => SearchLinks.Words(
        term, theme.Slug, DateText.Iso(seminar.Record.StartDate), DateText.Iso(seminar.Record.EndDate ?? seminar.Record.StartDate), language);
}
