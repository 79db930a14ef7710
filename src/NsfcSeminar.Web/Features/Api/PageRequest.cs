using System.Globalization;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>
/// The paging contract of every list in the API: <c>?page=</c> (from 1) and <c>?pageSize=</c>
/// (1 to <see cref="MaxPageSize"/>). Read from the query string as text so that a value that is
/// not a number gets the same clear message as one out of range, rather than a bare 400.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real archive; it keeps the row offset inside an int.</summary>
    public const int MaxPage = 1_000_000;

    public const string PageDescription = "The page to return, from 1 (the default). A page past the end is empty.";

    public const string PageSizeDescription = "Items per page, from 1 to 100 (default 20).";

    public int Skip => (Page - 1) * PageSize;

    public static bool TryParse(string? page, string? pageSize, out PageRequest request, out string error)
    {
        request = new PageRequest(1, DefaultPageSize);
        if (!TryReadNumber(page, 1, 1, MaxPage, out var pageNumber))
        {
            error = $"'page' must be a whole number from 1 to {MaxPage.ToString(CultureInfo.InvariantCulture)}.";
            return false;
        }

        if (!TryReadNumber(pageSize, DefaultPageSize, 1, MaxPageSize, out var size))
        {
            error = $"'pageSize' must be a whole number from 1 to {MaxPageSize.ToString(CultureInfo.InvariantCulture)}.";
            return false;
        }

        request = new PageRequest(pageNumber, size);
        error = "";
        return true;
    }

    internal static bool TryReadNumber(string? text, int absent, int min, int max, out int value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = absent;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
