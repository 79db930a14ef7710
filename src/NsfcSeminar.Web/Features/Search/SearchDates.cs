using System.Globalization;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>Dates of a search range as people write them: 2024, 2024-05 or 2024-05-16.</summary>
internal static class SearchDates
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2200, 12, 31);

    /// <summary>The first day of the period written, or its last when <paramref name="endOfPeriod"/>
    /// (so "to=2024" includes all of 2024); null with a notice when it cannot be read.</summary>
    public static DateOnly? Parse(string? value, bool endOfPeriod, List<SearchNotice> notices)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        DateOnly? date = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
        }
        else if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
        }
        else if (DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var year))
        {
            date = endOfPeriod ? year.AddYears(1).AddDays(-1) : year;
        }

        if (date is { } found && found >= Earliest && found <= Latest)
        {
            return found;
        }

        notices.Add(SearchNotice.About(SearchNoticeKind.UnreadableDate, text));
        return null;
    }
}
