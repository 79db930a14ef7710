using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>A piece of a snippet; <see cref="IsMatch"/> pieces are what the query matched.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

public sealed record Snippet(IReadOnlyList<SnippetPart> Parts, Language Language)
{
    public bool IsEmpty => Parts.Count == 0;
}

/// <summary>One speech, or one meeting's own record (titles, stated theme, minutes), that
/// matched: the row describing it, and the piece of its text that matched. When the search had
/// words and none is marked in the snippet (<see cref="MatchedElsewhere"/>), they matched
/// something the snippet is not cut from: a title, a name or theme it is filed under, who took
/// part, or an archived source's text; the page says so rather than let the opening words
/// look like the match.</summary>
public sealed record SearchHit(SearchRow Row, Snippet Snippet, bool MatchedElsewhere = false)
{
    /// <summary>The speech's anchor on its meeting page, or the meeting page itself.</summary>
    public string Href => Row.Href;
}

/// <summary>A value of a filter with the number of matches that carry it.</summary>
public sealed record FacetValue(string Value, Bilingual Name, long Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Themes,
    IReadOnlyList<FacetValue> Speakers,
    IReadOnlyList<FacetValue> Organisations,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Series,
    IReadOnlyList<FacetValue> Languages,
    IReadOnlyList<FacetValue> Years)
{
    public static readonly SearchFacets None = new([], [], [], [], [], [], []);
}

/// <summary>The filters of a request that name records, resolved to their names for display.</summary>
public sealed record ActiveFilters(RecordLink? Theme, RecordLink? Speaker, RecordLink? Organisation, RecordLink? Series);

public sealed record SearchResults(
    SearchRequest Request,
    IReadOnlyList<SearchHit> Hits,
    long Total,
    int Page,
    int PageCount,
    SearchFacets Facets,
    ActiveFilters Filters,
    IReadOnlyList<SearchNotice> Notices)
{
    public const int PageSize = 20;

    /// <summary>Deep pages cost as much as every page before them; nobody reads past this.</summary>
    public const int MaxPage = 250;
}
