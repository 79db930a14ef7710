using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace NsfcSeminar.Web.Features.Audit;

public sealed partial class AuditPage
{
    [SupplyParameterFromQuery(Name = "page")] public string? PageText { get; set; }

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    private AuditPageResult? result;

    protected override async Task OnParametersSetAsync()
    {
        var page = int.TryParse(PageText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        result = await Query.LoadAsync(page, HttpContext?.RequestAborted ?? default);
    }
}
