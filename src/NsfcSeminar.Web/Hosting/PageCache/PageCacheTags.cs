using Microsoft.AspNetCore.OutputCaching;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>
/// What a cached page shows, as tags a change evicts by (ADR-019): every entry is part of the
/// archive; a meeting's page names its meeting; every other page (lists, people, themes, feeds,
/// the API, search) may show any meeting, so is a listing.
/// </summary>
public static class PageCacheTags
{
    public const string Archive = "archive";

    public const string Listings = "listings";

    /// <summary>Pages that name other meetings beside their own (a meeting page's "compare with").</summary>
    public const string MeetingNames = "meeting-names";

    private const string MeetingPrefix = "meeting:";

    public static string Meeting(int id) => MeetingPrefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Marks the page being rendered as the page of one meeting, evicted only when that
    /// meeting (or something every page shows) changes.</summary>
    public static void ShowsMeeting(HttpContext? context, int id, bool namesOthers = false)
    {
        if (context?.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
        {
            tags.Add(Meeting(id));
            if (namesOthers)
            {
                tags.Add(MeetingNames);
            }
        }
    }

    /// <summary>Marks the page being rendered as true only for the moment (search still being
    /// prepared, a search cut short): it is never kept, so the next reader asks again.</summary>
    public static void TrueOnlyNow(HttpContext? context)
    {
        if (context?.Features.Get<IOutputCacheFeature>()?.Context is { } entry)
        {
            entry.AllowCacheStorage = false;
        }
    }

    public static bool IsMeetingPage(OutputCacheContext context) =>
        context.Tags.Any(tag => tag.StartsWith(MeetingPrefix, StringComparison.Ordinal));
}
