using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search;

public enum SearchSort
{
    Relevance,
    Date,
}

/// <summary>
/// A search as its URL states it: the words and the filters, read leniently from what a reader
/// (or a link, or a script) put in the query string. Anything unreadable is dropped with a
/// notice, never an error. The same parameters drive /search, the exports, the feed and
/// /api/speeches.
/// </summary>
public sealed record SearchRequest(
    string Text,
    SearchQuery Query,
    string? Theme,
    string? Speaker,
    string? Organisation,
    string? Kind,
    string? Series,
    DateOnly? From,
    DateOnly? To,
    Language? Language,
    SearchSort Sort,
    int Page,
    IReadOnlyList<SearchNotice> Notices)
{
    /// <summary>The speech kinds, and "Record" for a meeting's own texts (titles, minutes).</summary>
    public static readonly IReadOnlyList<string> Kinds = [.. Enum.GetNames<SpeechKind>(), "Record"];

    public bool HasFilters =>
        Theme is not null || Speaker is not null || Organisation is not null || Kind is not null
        || Series is not null || From is not null || To is not null || Language is not null;

    public bool IsBlank => !Query.HasTerms && !HasFilters;

    /// <summary>Reads the parameters by name: q, theme, speaker, org, kind, series, from, to,
    /// lang, sort, page.</summary>
    public static SearchRequest Parse(Func<string, string?> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        var notices = new List<SearchNotice>();
        var text = get("q") ?? "";
        var query = SearchQuery.Parse(text);
        if (query.WasTruncated)
        {
            notices.Add(new SearchNotice(SearchNoticeKind.Shortened));
        }

        var from = SearchDates.Parse(get("from"), endOfPeriod: false, notices);
        var to = SearchDates.Parse(get("to"), endOfPeriod: true, notices);
        if (from > to)
        {
            (from, to) = (to, from);
            notices.Add(new SearchNotice(SearchNoticeKind.DatesSwapped));
        }

        return new SearchRequest(
            text.Length > SearchQuery.MaxLength ? text[..SearchQuery.MaxLength] : text,
            query,
            SlugOrNotice(get("theme"), SearchNoticeKind.UnknownTheme, notices),
            SlugOrNotice(get("speaker"), SearchNoticeKind.UnknownSpeaker, notices),
            SlugOrNotice(get("org"), SearchNoticeKind.UnknownOrganisation, notices),
            KindOrNotice(get("kind"), notices),
            SlugOrNotice(get("series"), SearchNoticeKind.UnknownSeries, notices),
            from,
            to,
            Languages.FromCode(get("lang")?.Trim()),
            string.Equals(get("sort"), "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance,
            PageOrNotice(get("page"), notices),
            notices);
    }

    private static string? SlugOrNotice(string? value, SearchNoticeKind unknown, List<SearchNotice> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Slug.IsValid(value))
        {
            return value;
        }

        notices.Add(SearchNotice.About(unknown, value));
        return null;
    }

    private static string? KindOrNotice(string? value, List<SearchNotice> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var kind = Kinds.FirstOrDefault(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            notices.Add(SearchNotice.About(SearchNoticeKind.UnknownKind, value));
        }

        return kind;
    }

    private static int PageOrNotice(string? value, List<SearchNotice> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var page) && page >= 1)
        {
            return page;
        }

        notices.Add(SearchNotice.About(SearchNoticeKind.UnreadablePage, value));
        return 1;
    }
}
