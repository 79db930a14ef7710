using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.Web.Features.Accounts.Administration;

public sealed partial class AccountPage
{
    [Parameter] public string Id { get; set; } = "";

    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm(FormName = "account-roles")] private RoleChoice Roles { get; set; } = null!;

    private AccountRow? account;

    /// <summary>An Admin cannot lock themself out or drop their own Admin role, so the portal
    /// always keeps at least the Admin who is making changes.</summary>
    private bool IsSelf => account?.Id == HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);

    protected override async Task OnInitializedAsync()
    {
        account = await Accounts.FindAsync(Id, HttpContext.RequestAborted);
        if (account is null)
        {
            Navigation.NotFound();
            return;
        }

        Roles ??= RoleChoice.Of(account);
    }

    private async Task SaveRolesAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!IsSelf)
        {
            await Accounts.SetRoleAsync(Id, SeminarRoles.Admin, Roles.Admin, ct);
        }

        await Accounts.SetRoleAsync(Id, SeminarRoles.Editor, Roles.Editor, ct);
        await Accounts.SetRoleAsync(Id, SeminarRoles.Staff, Roles.Staff, ct);
        await ReloadAsync();
    }

    private async Task ToggleLockAsync()
    {
        if (account is not null && !IsSelf)
        {
            await Accounts.SetLockedAsync(Id, !account.LockedOut, HttpContext.RequestAborted);
        }

        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        account = await Accounts.FindAsync(Id, HttpContext.RequestAborted);
        if (account is not null)
        {
            Roles = RoleChoice.Of(account);
        }
    }

    private sealed class RoleChoice
    {
        public bool Admin { get; set; }

        public bool Editor { get; set; }

        public bool Staff { get; set; }

        public static RoleChoice Of(AccountRow account) => new()
        {
            Admin = account.Roles.Contains(SeminarRoles.Admin),
            Editor = account.Roles.Contains(SeminarRoles.Editor),
            Staff = account.Roles.Contains(SeminarRoles.Staff),
        };
    }
}
