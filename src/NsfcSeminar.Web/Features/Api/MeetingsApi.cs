using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

/// <summary><c>/api/meetings</c>: the list (paged, by year and series) and one meeting.</summary>
internal static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings").WithTags("Meetings");
        meetings.MapGet("", ListAsync)
            .WithSummary("Meetings, newest first")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithDescription("Paged with page and pageSize; filtered by year (e.g. 2024) and series (a series slug).");
        meetings.MapGet("/{slug}", FindAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One meeting with its texts, participants, speeches (with texts, themes and citations) and cited documents");
        return api;
    }

    private static async Task<Results<Ok<PagedList<MeetingSummary>>, ProblemHttpResult>> ListAsync(
        HttpContext http,
        IDbContextFactory<SeminarDbContext> dbFactory,
        [Description(PageRequest.PageDescription)] string? page,
        [Description(PageRequest.PageSizeDescription)] string? pageSize,
        [Description("Only meetings that started in this year, e.g. 2024.")] string? year,
        [Description("Only meetings of this series (its slug).")] string? series,
        CancellationToken ct)
    {
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var error))
        {
            return ApiProblems.BadRequest(error);
        }

        if (!PageRequest.TryReadNumber(year, 0, 1, 9999, out var yearNumber))
        {
            return ApiProblems.BadRequest("'year' must be a year such as 2024.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matching = db.Meetings.AsNoTracking().VisibleTo(ReaderAccessResolver.For(http.User));
        if (yearNumber > 0)
        {
            // A range, not date_part(), so the start_date index serves it.
            var from = new DateOnly(yearNumber, 1, 1);
            var to = from.AddYears(1);
            matching = matching.Where(m => m.StartDate >= from && m.StartDate < to);
        }

        if (!string.IsNullOrEmpty(series))
        {
            matching = matching.Where(m => m.Series != null && m.Series.Slug == series);
        }

        var total = await matching.CountAsync(ct);
        var items = paging.Skip >= total
            ? []
            : await matching
                .OrderByDescending(m => m.StartDate)
                .ThenBy(m => m.Slug)
                .Skip(paging.Skip)
                .Take(paging.PageSize)
                .Select(MeetingSummaries.Projection)
                .ToListAsync(ct);
        return TypedResults.Ok(new PagedList<MeetingSummary>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<ApiMeeting>, ProblemHttpResult>> FindAsync(
        HttpContext http, MeetingRecordQuery query, string slug, CancellationToken ct)
    {
        var record = await query.FindAsync(slug, ReaderAccessResolver.For(http.User), ct);
        return record is null
            ? ApiProblems.NotFound("meeting", slug)
            : TypedResults.Ok(ApiMeeting.From(record, http.Request));
    }
}
