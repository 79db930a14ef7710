using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

/// <summary><c>/api/themes</c>: the reform-theme hierarchy with visible speech counts.</summary>
internal static class ThemesApi
{
    public static RouteGroupBuilder MapThemesApi(this RouteGroupBuilder api)
    {
        api.MapGroup("/themes").WithTags("Themes")
            .MapGet("", (HttpContext http, ThemeTreeQuery query, CancellationToken ct) =>
                query.LoadAsync(ReaderAccessResolver.For(http.User), ct))
            .WithSummary("The reform-theme tree, each theme with how many speeches carry it");
        return api;
    }
}
