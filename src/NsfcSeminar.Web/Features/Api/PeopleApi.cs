using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Features.People;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>
/// <c>/api/people</c>: the people who appear in meetings the caller may see (paged, by slug),
/// and one person. Someone named only in hidden meetings is not listed and answers 404, so the
/// API never reveals who took part in them.
/// </summary>
internal static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");
        people.MapGet("", ListAsync).ProducesProblem(StatusCodes.Status400BadRequest).WithSummary("People who took part in or spoke at meetings, by slug");
        people.MapGet("/{slug}", FindAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("One person with every appearance and speech, newest first");
        return api;
    }

    private static async Task<Results<Ok<PagedList<ApiPersonSummary>>, ProblemHttpResult>> ListAsync(
        HttpContext http, IDbContextFactory<SeminarDbContext> dbFactory, [Description(PageRequest.PageDescription)] string? page,
        [Description(PageRequest.PageSizeDescription)] string? pageSize, CancellationToken ct)
    {
        if (!PageRequest.TryParse(page, pageSize, out var paging, out var error))
        {
            return ApiProblems.BadRequest(error);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.People.AsNoTracking().VisibleTo(ReaderAccessResolver.For(http.User), db);
        var total = await people.CountAsync(ct);
        var items = paging.Skip >= total
            ? []
            : await people
                .OrderBy(p => p.Slug)
                .Skip(paging.Skip)
                .Take(paging.PageSize)
                .Select(p => new ApiPersonSummary(p.Slug, p.Name, p.Honorific))
                .ToListAsync(ct);
        return TypedResults.Ok(new PagedList<ApiPersonSummary>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PersonRecord>, ProblemHttpResult>> FindAsync(
        HttpContext http, PersonQuery query, string slug, CancellationToken ct)
    {
        var person = await query.FindAsync(slug, ReaderAccessResolver.For(http.User), ct);
        return person is null
            ? ApiProblems.NotFound("person", slug)
            : TypedResults.Ok(person);
    }
}
