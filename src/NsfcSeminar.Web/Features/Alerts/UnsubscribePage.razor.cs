using Microsoft.AspNetCore.Components;

namespace NsfcSeminar.Web.Features.Alerts;

public sealed partial class UnsubscribePage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromQuery] private string? T { get; set; }

    private SavedSearchRow? search;
    private bool valid;

    protected override async Task OnInitializedAsync()
    {
        if (Tokens.Read(T) is { } id)
        {
            valid = true;
            search = await Searches.FindAsync(id, HttpContext.RequestAborted);
        }
    }
}
