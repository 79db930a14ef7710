using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

/// <summary><c>GET /api/speeches</c>: the search of /search (same parameters, same rules about
/// who sees what: anonymous callers get published public records only), paged, as JSON.</summary>
internal static class SpeechesApi
{
    public static RouteGroupBuilder MapSpeechesApi(this RouteGroupBuilder app)
    {
        // Before the search copy is first built it answers 503 with Retry-After (ADR-017).
        app.MapGet("/speeches", ListAsync).WithName("ListSpeeches").AddEndpointFilter<Search.Copy.SearchCopyReadiness>();
        return app;
    }

    private static async Task<ApiSpeechPage> ListAsync(HttpContext context, SpeechSearch search)
    {
        var request = SearchExports.RequestOf(context);
        var results = await search.SearchAsync(request, ReaderAccessResolver.For(context.User), ReaderLanguage.Current, withFacets: false, SearchFreshness.Asked(context), context.RequestAborted);
        var root = SearchExports.SiteRoot(context);
        return new ApiSpeechPage(
            request.Text,
            results.Page,
            SearchResults.PageSize,
            results.PageCount,
            results.Total,
            [.. results.Notices.Select(n => n.Value is null ? n.Kind.ToString() : $"{n.Kind}: {n.Value}")],
            [.. results.Hits.Select(h => new ApiFoundSpeech(
                root + h.Href, h.Row.MeetingSlug, h.Row.Anchor, h.Row.Date, h.Row.Kind,
                Bilingual.Of(h.Row.TextIn(Language.En)?.Title, h.Row.TextIn(Language.Zh)?.Title), h.Row.MeetingTitle, h.Row.Person, h.Row.Organisation,
                string.Concat(h.Snippet.Parts.Select(p => p.Text))))]);
    }
}
