using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>
/// Atom feeds at language-neutral addresses under <c>/feeds</c>. <c>?lang=zh</c> or <c>?lang=en</c>
/// picks the language of the titles and of the pages the entries link to (English by default).
/// Feeds always show what an anonymous reader may see.
/// </summary>
internal static class FeedEndpoints
{
    public static IServiceCollection AddFeeds(this IServiceCollection services) => services
        .AddSingleton<SeminarFeedQuery>()
        .AddSingleton<ThemeFeedQuery>()
        .AddSingleton<FeedEntryDatesQuery>();

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("/feeds").ExcludeFromDescription().AnswerUnknownAddresses();
        feeds.MapGet("/seminars.atom", SeminarsAsync);
        feeds.MapGet("/themes/{slug}.atom", ThemeAsync);
        return endpoints;
    }

    /// <summary>The feed's address relative to the portal's root, for pages' autodiscovery links.</summary>
    public static string SeminarsPath(Language language) => $"feeds/seminars.atom?lang={language.Code()}";

    public static string ThemePath(string slug, Language language) => $"feeds/themes/{slug}.atom?lang={language.Code()}";

    private static async Task<IResult> SeminarsAsync(HttpRequest request, SeminarFeedQuery query, string? lang, CancellationToken ct)
    {
        var language = LanguageOf(lang);
        var languageRoot = PortalAddress.LanguageRoot(request, language);
        var entries = await query.LoadAsync(language, languageRoot, ct);
        var title = language == Language.Zh ? "NsfcSeminar：新收录的研讨会" : "NsfcSeminar: new seminars";
        return AtomFeedWriter.ToResult(new Feed(
            title, null, SelfOf(request, SeminarsPath(language)), new Uri(languageRoot, "meetings"), language, entries));
    }

    private static async Task<IResult> ThemeAsync(HttpRequest request, ThemeFeedQuery query, string slug, string? lang, CancellationToken ct)
    {
        var language = LanguageOf(lang);
        var languageRoot = PortalAddress.LanguageRoot(request, language);
        var feed = await query.LoadAsync(slug, language, languageRoot, ct);
        if (feed is null)
        {
            // With a body, so that the HTML not-found page is not put in its place.
            return ApiProblems.NotFound("theme", slug);
        }

        var name = feed.Name.For(language)?.Text ?? slug;
        var title = language == Language.Zh ? $"NsfcSeminar：“{name}”主题的新讲话" : $"NsfcSeminar: new speeches on “{name}”";
        return AtomFeedWriter.ToResult(new Feed(
            title, null, SelfOf(request, ThemePath(slug, language)), new Uri(languageRoot, $"themes/{slug}"), language, feed.Entries));
    }

    /// <summary>The language a feed's <c>?lang=</c> asks for; English when absent or unknown.</summary>
    public static Language LanguageOf(string? lang) =>
        Languages.TryParseCode(lang, out var language) ? language : Language.En;

    /// <summary>A feed's own absolute address, from its path relative to the portal's root.</summary>
    public static Uri SelfOf(HttpRequest request, string path) => new(PortalAddress.Root(request), path);
}
