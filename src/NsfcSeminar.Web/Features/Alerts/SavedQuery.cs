using Microsoft.AspNetCore.WebUtilities;
using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>A saved search's query string: read back into a search, and written from one as the
/// search page states it (every filter, no page number).</summary>
internal static class SavedQuery
{
    public static SearchRequest Parse(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        return SearchRequest.Parse(name => values.TryGetValue(name, out var value) ? value.FirstOrDefault() : null);
    }

    /// <summary>The canonical query string of a search, without "?".</summary>
    public static string Of(SearchRequest request)
    {
        var address = SearchLinks.Export(request with { Page = 1 }, "");
        return address.StartsWith('?') ? address[1..] : address;
    }

    /// <summary>The search page of a saved query, relative to a language root.</summary>
    public static string SearchPath(string query) => string.IsNullOrEmpty(query) ? "search" : "search?" + query;
}
