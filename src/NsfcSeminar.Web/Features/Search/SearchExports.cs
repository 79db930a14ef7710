using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Markdown;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The current search, every match (not just the page shown), as CSV, JSON or an Excel
/// workbook, one row per match with the columns docs/exports.md lists. Rows are written as
/// PostgreSQL returns them: nothing is gathered in memory, whatever the number of matches.
/// </summary>
internal static class SearchExports
{
    /// <summary>Higher than the archive will ever hold; a bound all the same.</summary>
    public const int MaxRows = 500_000;

    public static IEndpointRouteBuilder MapSearchExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search/export.csv", WriteCsvAsync).RequireRateLimiting(PortalRateLimits.Exports);
        app.MapGet("/search/export.json", async (HttpContext context, SpeechSearch search, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown) =>
        {
            var rows = await OpenAsync(context, search, localizer, markdown);
            context.Response.Headers.ContentDisposition = "attachment; filename=\"nsfc-seminar-search.json\"";
            return TypedResults.Ok(rows);
        }).RequireRateLimiting(PortalRateLimits.Exports);
        app.MapGet("/search/export.xlsx", WriteWorkbookAsync).RequireRateLimiting(PortalRateLimits.Exports);
        return app;
    }

    public static SearchRequest RequestOf(HttpContext context) =>
        SearchRequest.Parse(name => context.Request.Query[name].FirstOrDefault());

    /// <summary>Permalinks without a language prefix: the portal sends each reader to their own.</summary>
    public static string SiteRoot(HttpContext context) => PortalAddress.Root(context.Request).AbsoluteUri;

    private static async Task WriteCsvAsync(HttpContext context, SpeechSearch search, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown)
    {
        var rows = await OpenAsync(context, search, localizer, markdown);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"nsfc-seminar-search.csv\"";

        // A byte-order mark, so that spreadsheet programs read the Chinese as UTF-8.
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = CsvWriter.Create(writer, SpreadsheetCells.CsvOptions(), true);
        await csv.WriteRecordsAsync(rows, context.RequestAborted);
        await writer.FlushAsync(context.RequestAborted);
    }

    private static async Task WriteWorkbookAsync(HttpContext context, SpeechSearch search, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown)
    {
        var rows = await OpenAsync(context, search, localizer, markdown);
        context.Response.ContentType = SearchWorkbook.ContentType;
        context.Response.Headers.ContentDisposition = "attachment; filename=\"nsfc-seminar-search.xlsx\"";
        await SearchWorkbook.WriteAsync(context.Response.Body, rows, context.RequestAborted);
    }

    /// <summary>Runs the query and reads its first row before the response starts, so that a
    /// database out of reach is answered as a 503 (FailureAnswers), not as a broken download.</summary>
    private static async Task<IAsyncEnumerable<SearchExportRecord>> OpenAsync(
        HttpContext context, SpeechSearch search, IStringLocalizer<SharedResource> localizer, MarkdownRenderer markdown)
    {
        var rows = Rows(context, search, new SearchExportContext(SiteRoot(context), ReaderLanguage.Current, localizer, markdown)).GetAsyncEnumerator(context.RequestAborted);
        var hasRow = await rows.MoveNextAsync();
        return Continue(rows, hasRow);
    }

    private static async IAsyncEnumerable<SearchExportRecord> Continue(IAsyncEnumerator<SearchExportRecord> rows, bool hasRow)
    {
        await using (rows)
        {
            while (hasRow)
            {
                yield return rows.Current;
                hasRow = await rows.MoveNextAsync();
            }
        }
    }

    private static async IAsyncEnumerable<SearchExportRecord> Rows(HttpContext context, SpeechSearch search, SearchExportContext export)
    {
        var request = RequestOf(context);
        var access = ReaderAccessResolver.For(context.User);
        await foreach (var row in search.StreamAsync(request, access, MaxRows, context.RequestAborted))
        {
            yield return SearchExportRecord.From(row, export);
        }
    }
}
