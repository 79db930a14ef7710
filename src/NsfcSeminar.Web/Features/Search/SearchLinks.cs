using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>Addresses of a search with one parameter changed: facet links, removing a filter,
/// paging, sorting, exporting. Relative, so they stay in the page's language.</summary>
internal static class SearchLinks
{
    public static IReadOnlyDictionary<string, string> Parameters(SearchRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[name] = value;
            }
        }

        Set("q", request.Text.Trim());
        Set("theme", request.Theme);
        Set("speaker", request.Speaker);
        Set("org", request.Organisation);
        Set("kind", request.Kind);
        Set("series", request.Series);
        Set("from", request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("to", request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("lang", request.Language?.Code());
        Set("sort", request.Sort == SearchSort.Date ? "date" : null);
        return values;
    }

    /// <summary>The search with <paramref name="name"/> set to <paramref name="value"/> (or
    /// removed when null), back on its first page.</summary>
    public static string With(SearchRequest request, string name, string? value, string path = "search")
    {
        var values = new Dictionary<string, string>(Parameters(request), StringComparer.Ordinal);
        if (value is null)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }

        return Build(path, values);
    }

    /// <summary>The search limited to one year (both ends of the range set).</summary>
    public static SearchRequest Year(SearchRequest request, string year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200
            ? request with { To = new DateOnly(y, 12, 31) }
            : request;

    public static string Page(SearchRequest request, int page) =>
        page <= 1 ? Build("search", Parameters(request)) : With(request, "page", page.ToString(CultureInfo.InvariantCulture));

    public static string Export(SearchRequest request, string path) => Build(path, Parameters(request));

    /// <summary>A search for some words in one language within a theme and a date range (written
    /// as <c>from</c> and <c>to</c> are: 2015, 2024-05-16): where a theme's or a seminar's wording links.</summary>
    public static string Words(string words, string theme, string from, string to, Language language) => Build("search", new Dictionary<string, string>
    {
        ["q"] = words, ["theme"] = theme, ["from"] = from, ["to"] = to, ["lang"] = language.Code(),
    });

    private static string Build(string path, IReadOnlyDictionary<string, string> values) => values.Count == 0
        ? path
        : path + "?" + string.Join("&", values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
}
