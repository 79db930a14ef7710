using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace NsfcSeminar.Web.Features.Themes;

public sealed partial class YearBarChart
{
    private const double BarWidth = 28;
    private const double MinWidth = 320;
    private const double PlotHeight = 140;
    private const double Top = 20;
    private const double BaseLine = Top + PlotHeight;
    private const double Height = BaseLine + 24;

    [Parameter, EditorRequired] public IReadOnlyList<YearCount> Years { get; set; } = [];

    /// <summary>The chart's accessible name, also the table's caption.</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>Prefix of the ids that tie the SVG to its title and description.</summary>
    [Parameter] public string Id { get; set; } = "year-chart";

    /// <summary>Each year's share of the width: 40 units, wider for a short span so that a
    /// chart of one or two years is not a sliver.</summary>
    private double Slot => Math.Max(40, MinWidth / Math.Max(1, Years.Count));

    private double Width => Years.Count * Slot;

    private int Max => Years.Count == 0 ? 0 : Years.Max(y => y.Count);

    private double BarHeight(int count) => Max == 0 ? 0 : Math.Round(count * PlotHeight / Max, 1);

    private string Description => string.Join(
        L["Themes.Semicolon"],
        Years.Select(y => string.Format(CultureInfo.CurrentCulture, L["Search.Colon"], y.Year.ToString(CultureInfo.InvariantCulture), y.Count.ToString("N0", CultureInfo.CurrentCulture))));

    private static string Fmt(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
