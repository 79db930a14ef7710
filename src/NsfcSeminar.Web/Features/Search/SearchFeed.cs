using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;
using NsfcSeminar.Web.Features.Feeds;
using NsfcSeminar.Web.Reading;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// <c>/feeds/search?…</c>: any search, with its filters, as an Atom feed of its newest matches,
/// so a researcher can follow a question as records arrive. Takes the parameters of /search;
/// <c>ui=zh</c> or <c>ui=en</c> picks the language of titles and links (<c>lang</c> is already
/// the search's language filter). Like every feed, it shows what an anonymous reader may see.
/// </summary>
internal static class SearchFeed
{
    public static IEndpointRouteBuilder MapSearchFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/search", FeedAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The feed of a search, from the portal's root, in the reader's language.</summary>
    public static string PathOf(SearchRequest request, Language language) =>
        SearchLinks.With(request, "ui", language == Language.Zh ? "zh" : "en", "feeds/search");

    private static async Task<IResult> FeedAsync(HttpContext context, SpeechSearch search, FeedEntryDatesQuery entryDates)
    {
        var request = SearchExports.RequestOf(context) with { Sort = SearchSort.Date };
        var language = FeedEndpoints.LanguageOf(context.Request.Query["ui"].FirstOrDefault());
        var root = PortalAddress.LanguageRoot(context.Request, language);
        var rows = await search.StreamAsync(request, ReaderAccess.Anonymous, AtomFeedWriter.EntryLimit, context.RequestAborted).ToListAsync(context.RequestAborted);
        var dates = await entryDates.LoadAsync([.. rows.Select(r => (r.MeetingSlug, r.Anchor))], context.RequestAborted);
        var entries = new List<FeedEntry>();
        foreach (var row in rows)
        {
            // A record deleted since the search read it has no dates: it is left out.
            if (!dates.TryGetValue((row.MeetingSlug, row.Anchor), out var date))
            {
                continue;
            }

            var title = row.Title.For(language)?.Text ?? row.MeetingTitle.For(language)?.Text ?? row.MeetingSlug;
            var speaker = (row.Person ?? row.Organisation)?.Name.For(language)?.Text;
            var summary = language == Language.Zh ? row.TextZh ?? row.TextEn : row.TextEn ?? row.TextZh;
            entries.Add(new FeedEntry(title, new Uri(root, row.Href), date.Updated, date.Published, speaker, summary));
        }

        var words = string.IsNullOrWhiteSpace(request.Text) ? "" : $" “{request.Text.Trim()}”";
        var feedTitle = language == Language.Zh ? $"NsfcSeminar：检索{words}的新结果" : $"NsfcSeminar: new results for the search{words}";
        return AtomFeedWriter.ToResult(new Feed(
            feedTitle,
            null,
            new Uri(PortalAddress.Root(context.Request), PathOf(request with { Sort = SearchSort.Relevance }, language)),
            new Uri(root, SearchLinks.Export(request, "search")),
            language,
            entries));
    }
}
