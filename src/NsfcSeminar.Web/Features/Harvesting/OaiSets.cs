namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The set hierarchy: <c>series</c> with one child per meeting series
/// (<c>series:{slug}</c>), and <c>theme</c> with one child per reform theme (<c>theme:{slug}</c>).
/// A speech belongs to its meeting's series; a meeting belongs to the themes it or any of its
/// speeches is tagged with.</summary>
internal static class OaiSets
{
    public const string Series = "series";
    public const string Theme = "theme";

    public static string? SeriesSlug(string spec) => ChildOf(Series, spec);

    public static string? ThemeSlug(string spec) => ChildOf(Theme, spec);

    public static string ForSeries(string slug) => $"{Series}:{slug}";

    public static string ForTheme(string slug) => $"{Theme}:{slug}";

    public static IReadOnlyList<string> Specs(string? seriesSlug, IEnumerable<string> themeSlugs)
    {
        var specs = new List<string>();
        if (seriesSlug is not null)
        {
            specs.Add(Series);
            specs.Add(ForSeries(seriesSlug));
        }

        var themes = themeSlugs.Distinct().Order(StringComparer.Ordinal).ToList();
        if (themes.Count > 0)
        {
            specs.Add(Theme);
            specs.AddRange(themes.Select(ForTheme));
        }

        return specs;
    }

    private static string? ChildOf(string parent, string spec) =>
        spec.Length > parent.Length + 1 && spec.StartsWith(parent + ":", StringComparison.Ordinal) && !spec[(parent.Length + 1)..].Contains(':', StringComparison.Ordinal)
            ? spec[(parent.Length + 1)..]
            : null;
}
