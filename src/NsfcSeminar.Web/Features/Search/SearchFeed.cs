using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Feeds;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

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
        SearchLinks.With(request, "ui", language.Code(), "feeds/search");

    private static async Task<IResult> FeedAsync(HttpContext context, SpeechSearch search, FeedEntryDatesQuery entryDates, IStringLocalizer<SharedResource> localizer)
    {
        var request = SearchExports.RequestOf(context) with { Sort = SearchSort.Date };
        var language = FeedEndpoints.LanguageOf(context.Request.Query["ui"].FirstOrDefault());
        var root = PortalAddress.LanguageRoot(context.Request, language);
        var rows = await search.StreamAsync(request, ReaderAccess.Anonymous, AtomFeedWriter.EntryLimit, context.RequestAborted).Select(r => r.Row).ToListAsync(context.RequestAborted);
        var dates = await entryDates.LoadAsync([.. rows.Select(r => (r.MeetingSlug, r.Anchor))], context.RequestAborted);
        var entries = new List<FeedEntry>();
        foreach (var row in rows)
        {
            // A record deleted since the search read it has no dates: it is left out.
            if (!dates.TryGetValue((row.MeetingSlug, row.Anchor), out var date))
            {
                continue;
            }

            // The record's own title and summary, never its seminar's (the entry links to the speech).
            var title = row.TitleFor(language, localizer).Text;
            var speaker = (row.Person ?? row.Organisation)?.Name.For(language)?.Text;
            var summary = SummaryOf(row, language, localizer);
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

    /// <summary>The record's own summary in the reader's language, else in the other with a note
    /// saying so; none when the record has no summary of its own.</summary>
    private static string? SummaryOf(SearchRow row, Language language, IStringLocalizer localizer)
    {
        if (row.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Summary)).Pick(language) is not { } shown)
        {
            return null;
        }

        // The feed's language is its ui parameter, not the request's culture.
        return shown.IsFallback
            ? string.Format(
                language.Culture(),
                SpeechTitles.In(language, () => localizer["Search.Colon"]),
                SpeechTitles.In(language, () => localizer[shown.Version.Language == Language.Zh ? "Shared.OnlyInChinese" : "Shared.OnlyInEnglish"]),
                shown.Version.Summary)
            : shown.Version.Summary;
    }
}
