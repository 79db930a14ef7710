namespace NsfcSeminar.Benchmarks;

/// <summary>The fixed, mixed queries measured: what researchers type first (broad words), then
/// narrower words, Chinese terms, phrases, filters and date ranges. Query strings as in a URL.</summary>
internal static class QuerySet
{
    public static readonly IReadOnlyList<(string Name, string Query)> Queries =
    [
        ("broad English: reform", "q=reform"),
        ("broad Chinese: 改革", "q=改革"),
        ("broad, sorted by date", "q=reform&sort=date"),
        ("common English word", "q=funding"),
        ("English phrase", "q=%22peer%20review%22"),
        ("rare English word", "q=qtakani200"),
        ("Chinese term", "q=基础研究"),
        ("Chinese four characters, common", "q=国际合作"),
        ("mixed Chinese and English", "q=改革%20talent"),
        ("OR and exclusion", "q=integrity%20OR%20诚信%20-data"),
        ("theme filter + words", "q=evaluation&theme=theme-4"),
        ("theme (with sub-themes) only", "theme=theme-1"),
        ("speaker filter + broad word", "q=reform&speaker=person-3"),
        ("date range + Chinese", "q=人才&from=2010&to=2015"),
        ("language + kind filters", "q=innovation&lang=en&kind=Report"),
        ("date range only", "from=2020-01-01&to=2020-12-31"),
    ];
}
