using System.Globalization;
using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.Web.Features.Accounts;

public sealed partial class SignInPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm] private SignInInput Input { get; set; } = null!;

    [SupplyParameterFromQuery] private string? ReturnUrl { get; set; }

    private string? message;

    protected override void OnInitialized() => Input ??= new();

    private async Task SignInAsync()
    {
        var email = (Input.Email ?? "").Trim();
        if (email.Length == 0 || string.IsNullOrEmpty(Input.Password) || email.Length > 256)
        {
            message = L["Accounts.EnterYourEMailAddressAnd"];
            return;
        }

        // The same answer, after the same work, whether or not the account exists.
        var address = HttpContext.Connection.RemoteIpAddress;
        var knownBrowser = KnownBrowser.HasSignedInAs(email);
        if (await Throttling.BeginAttemptAsync(email, address, knownBrowser, HttpContext.RequestAborted) is { } wait)
        {
            await Audit.RecordAsAsync(null, email, AuditActions.SignInThrottled, AuditActions.TargetType, email, null);
            message = wait < TimeSpan.FromMinutes(1)
                ? string.Format(CultureInfo.CurrentCulture, L["Accounts.TooManyFailedSignInsWith"], Math.Ceiling(wait.TotalSeconds))
                : string.Format(CultureInfo.CurrentCulture, L["Accounts.TooManyFailedSignInsWithThisNameOrFromThisAddress"], Math.Ceiling(wait.TotalMinutes));
            return;
        }

        var (outcome, user) = await Passwords.SignInAsync(email, Input.Password);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                await Throttling.SucceededAsync(email, HttpContext.RequestAborted);
                KnownBrowser.Remember(email);
                await Audit.RecordAsAsync(user?.Id, email, AuditActions.SignedIn, AuditActions.TargetType, email, null);
                Navigation.NavigateTo(AccountPaths.LocalOrRoot(ReturnUrl));
                return;
            case SignInOutcome.Unconfirmed:
                await Throttling.SucceededAsync(email, HttpContext.RequestAborted);
                message = L["Accounts.ConfirmYourEMailAddressFirst"];
                return;
            case SignInOutcome.Locked:
                // The right password all the same: the name's count is forgiven.
                await Throttling.SucceededAsync(email, HttpContext.RequestAborted);
                await Audit.RecordAsAsync(user?.Id, email, AuditActions.LockedOut, AuditActions.TargetType, email, null);
                message = L["Accounts.ThisAccountHasBeenLockedBy"];
                return;
            default:
                await Throttling.FailedAsync(address, HttpContext.RequestAborted);
                await Audit.RecordAsAsync(null, email, AuditActions.SignInFailed, AuditActions.TargetType, email, null);
                message = L["Accounts.TheEMailAddressOrThe"];
                return;
        }
    }

    private sealed class SignInInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
