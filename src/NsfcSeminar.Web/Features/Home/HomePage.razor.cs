using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Home;

public sealed partial class HomePage
{
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private ArchiveOverview? overview;
    private IReadOnlyList<ThemeNode> themes = [];

    protected override async Task OnInitializedAsync()
    {
        var access = ReaderAccessResolver.For(HttpContext?.User);
        var ct = HttpContext?.RequestAborted ?? default;
        overview = await Overview.LoadAsync(access, ct);
        themes = await Themes.LoadAsync(access, ct);
    }
}
