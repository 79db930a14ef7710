using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Features.Citations.Formats;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Citations;

/// <summary>
/// Citation files for reference managers, beside each page in its language:
/// <c>/zh/meetings/{slug}/cite.bib</c> (a seminar), <c>…/speeches/{anchor}/cite.ris</c> (a speech)
/// and <c>/en/search/cite.json?q=…</c> (every match of a search), as BibTeX (<c>bib</c>), RIS
/// (<c>ris</c>) or CSL-JSON (<c>json</c>). Each shows what the reader may see on the page.
/// </summary>
internal static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        var cite = app.MapGroup("").ExcludeFromDescription();
        cite.MapGet("/meetings/{slug}/cite.{format}", SeminarAsync);
        cite.MapGet("/meetings/{slug}/speeches/{anchor}/cite.{format}", SpeechAsync);
        // Every match of a search, like /search/export.*: limited as an export for anonymous clients.
        cite.MapGet("/search/cite.{format}", SearchAsync).RequireRateLimiting(PortalRateLimits.Exports).AddEndpointFilter<Search.Copy.SearchCopyReadiness>();
        return app;
    }

    /// <summary>A record's citation files relative to the language root, without the format's
    /// extension ("meetings/x/cite.").</summary>
    public static string FilePath(string meetingSlug, string? anchor = null) => anchor is null
        ? $"meetings/{meetingSlug}/cite."
        : $"meetings/{meetingSlug}/speeches/{anchor}/cite.";

    /// <summary>A search's citation files, without the extension.</summary>
    public const string SearchFilePath = "search/cite.";

    private static async Task<IResult> SeminarAsync(HttpContext context, MeetingRecordQuery query, string slug, string format)
    {
        var language = ReaderLanguage.Current;
        return CitationFormat.FromExtension(format) is not { } chosen
            ? UnknownFormat(format)
            : await query.FindAsync(slug, ReaderAccessResolver.For(context.User), context.RequestAborted) is not { } meeting
                ? ApiProblems.NotFound("meeting", slug)
                : File(chosen, slug, One(CitableWorks.Seminar(meeting, language, PortalAddress.LanguageRoot(context.Request, language))));
    }

    private static async Task<IResult> SpeechAsync(HttpContext context, MeetingRecordQuery query, string slug, string anchor, string format)
    {
        var language = ReaderLanguage.Current;
        if (CitationFormat.FromExtension(format) is not { } chosen)
        {
            return UnknownFormat(format);
        }

        var meeting = await query.FindAsync(slug, ReaderAccessResolver.For(context.User), context.RequestAborted);
        return meeting?.Speeches.FirstOrDefault(s => s.Anchor == anchor) is not { } speech
            ? ApiProblems.NotFound("speech", $"{slug}#{anchor}")
            : File(chosen, $"{slug}-{anchor}", One(CitableWorks.Speech(meeting, speech, language, PortalAddress.LanguageRoot(context.Request, language))));
    }

    private static async Task<IResult> SearchAsync(HttpContext context, SpeechSearch search, IDbContextFactory<SeminarDbContext> dbFactory, string format)
    {
        if (CitationFormat.FromExtension(format) is not { } chosen)
        {
            return UnknownFormat(format);
        }

        // The search rows do not say which seminars are samples; the few there are, one command.
        await using var db = await dbFactory.CreateDbContextAsync(context.RequestAborted);
        var samples = (await db.Meetings.Where(m => m.IsSample).Select(m => m.Slug).ToListAsync(context.RequestAborted)).ToHashSet();
        var language = ReaderLanguage.Current;
        var root = PortalAddress.LanguageRoot(context.Request, language);
        var request = SearchExports.RequestOf(context);
        var works = search.StreamAsync(request, ReaderAccessResolver.For(context.User), SearchExports.MaxRows, context.RequestAborted)
            .Select(exported => CitableWorks.Match(exported.Row, language, root) with { IsSample = samples.Contains(exported.Row.MeetingSlug) });
        return File(chosen, "nsfc-seminar-search", works);
    }

    private static CitationFileResult File(CitationFormat format, string name, IAsyncEnumerable<CitableWork> works) =>
        new CitationFileResult(format, $"{name}.{format.Extension}", works);

    private static IAsyncEnumerable<CitableWork> One(CitableWork work) => new[] { work }.ToAsyncEnumerable();

    private static ProblemHttpResult UnknownFormat(string format) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown citation format",
        detail: $"'{format}' is not a citation format; use bib (BibTeX), ris (RIS) or json (CSL-JSON).");
}
