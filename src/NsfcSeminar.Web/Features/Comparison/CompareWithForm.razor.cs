using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Comparison;

public sealed partial class CompareWithForm
{
    /// <summary>The seminar to compare.</summary>
    [Parameter, EditorRequired] public string Slug { get; set; } = "";

    [Parameter, EditorRequired] public DateOnly Date { get; set; }

    [Parameter, EditorRequired] public IReadOnlyList<ComparableSeminar> Choices { get; set; } = [];

    private IEnumerable<(string Label, List<ComparableSeminar> Group)> Groups()
    {
        var earlier = Choices.Where(m => m.StartDate <= Date).Reverse().ToList();
        var later = Choices.Where(m => m.StartDate > Date).ToList();
        if (earlier.Count > 0)
        {
            yield return (L["Comparison.Earlier"], earlier);
        }

        if (later.Count > 0)
        {
            yield return (L["Comparison.Later"], later);
        }
    }
}
