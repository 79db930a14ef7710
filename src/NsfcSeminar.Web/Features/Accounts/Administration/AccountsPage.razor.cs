using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.Web.Features.Accounts.Administration;

public sealed partial class AccountsPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm] private NewAccountInput Input { get; set; } = null!;

    private IReadOnlyList<AccountRow> accounts = [];
    private string? createdPassword;
    private List<string> errors = [];

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
    }

    private async Task CreateAsync()
    {
        var email = (Input.Email ?? "").Trim();
        if (email.Length == 0)
        {
            errors = [L["Accounts.EnterAnEMailAddress"]];
            return;
        }

        var (result, password) = await Accounts.CreateAsync(email, Input.Roles(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            // Identity's own descriptions (taken e-mail, invalid name), in English.
            errors = result.Errors.Select(e => e.Description).ToList();
            return;
        }

        createdPassword = password;
        Input = new();
        accounts = await Accounts.ListAsync(HttpContext.RequestAborted);
    }

    private sealed class NewAccountInput
    {
        public string? Email { get; set; }

        public bool Admin { get; set; }

        public bool Editor { get; set; }

        public bool Staff { get; set; }

        public bool Reader { get; set; }

        public IReadOnlyCollection<string> Roles() =>
            [.. new[] { (Admin, SeminarRoles.Admin), (Editor, SeminarRoles.Editor), (Staff, SeminarRoles.Staff), (Reader, SeminarRoles.Reader) }
                .Where(r => r.Item1).Select(r => r.Item2)];
    }
}
