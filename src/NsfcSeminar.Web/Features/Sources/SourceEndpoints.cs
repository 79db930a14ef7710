using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Sources;

/// <summary>
/// Archived copies of a meeting's sources, by hash: <c>/{lang}/meetings/{slug}/sources/{sha256}</c>.
/// A copy is someone else's document (a saved page may carry script): it is always a download
/// under its own type, never sniffed, and sandboxed should a browser open it anyway, so nothing in
/// it runs with the portal's origin. Only a reader who may see the meeting may fetch it.
/// </summary>
internal static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSources(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{slug}/sources/{sha256:regex(^[0-9a-f]{{64}}$)}", CopyAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> CopyAsync(HttpContext context, IDbContextFactory<SeminarDbContext> dbFactory, string slug, string sha256)
    {
        var ct = context.RequestAborted;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var access = ReaderAccessResolver.For(context.User);
        var copy = await db.Meetings.AsNoTracking()
            .VisibleTo(access)
            .Where(m => m.Slug == slug)
            .SelectMany(m => m.Sources)
            .SelectMany(s => s.Copies)
            .Where(c => c.Sha256 == sha256)
            .Select(c => new { c.FileName, c.ContentType, c.Content })
            .FirstOrDefaultAsync(ct);
        if (copy is null)
        {
            return ApiProblems.NotFound("archived copy", $"{slug}/{sha256}");
        }

        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = "sandbox; default-src 'none'";
        headers[HeaderNames.CacheControl] = "private, max-age=86400";

        // The hash names the bytes: a copy at this address never changes.
        headers[HeaderNames.ETag] = $"\"{sha256}\"";
        return Results.File(copy.Content, copy.ContentType, copy.FileName);
    }
}
