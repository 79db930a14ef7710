using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Accounts;

public sealed partial class ConfirmEmailPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromQuery] private string? User { get; set; }

    [SupplyParameterFromQuery] private string? Code { get; set; }

    private bool? confirmed;

    private async Task ConfirmAsync()
    {
        var form = HttpContext.Request.Form;
        var user = form["User"].ToString();
        var code = form["Code"].ToString();
        confirmed = user.Length > 0 && code.Length > 0 && await Registration.ConfirmAsync(user, code, HttpContext.RequestAborted);
    }
}
