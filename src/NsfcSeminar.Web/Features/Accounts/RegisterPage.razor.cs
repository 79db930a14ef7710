using System.Globalization;
using Microsoft.AspNetCore.Components;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Accounts;

public sealed partial class RegisterPage
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm] private RegisterInput Input { get; set; } = null!;

    private string? message;
    private bool done;

    protected override void OnInitialized() => Input ??= new();

    private async Task RegisterAsync()
    {
        var email = (Input.Email ?? "").Trim();
        if (email.Length is 0 or > 256 || !MimeKit.MailboxAddress.TryParse(email, out var mailbox) || mailbox.Address != email || !email.Contains('@', StringComparison.Ordinal))
        {
            message = L["Accounts.EnterYourEMailAddressName"];
            return;
        }

        if (string.IsNullOrEmpty(Input.Password) || Input.Password.Length < 12)
        {
            message = L["Accounts.ChooseAPasswordOfAtLeast"];
            return;
        }

        if (Input.Password != Input.ConfirmPassword)
        {
            message = L["Accounts.TheTwoPasswordsDiffer"];
            return;
        }

        // Counted like a failed sign-in, by address typed and by client address: a script cannot
        // flood someone's mailbox with links, nor probe addresses faster than it could guess passwords.
        if (await Throttling.BeginAttemptAsync(email, HttpContext.Connection.RemoteIpAddress, ct: HttpContext.RequestAborted) is { } wait)
        {
            message = string.Format(CultureInfo.CurrentCulture, L["Accounts.TooManyAttemptsWithThisAddress"], Math.Ceiling(wait.TotalSeconds));
            return;
        }

        await Throttling.FailedAsync(HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted);
        var root = PortalAddress.LanguageRoot(HttpContext.Request, ReaderLanguage.Current);
        switch (await Registration.RegisterAsync(email, Input.Password, ReaderLanguage.Current, root, HttpContext.RequestAborted))
        {
            case RegistrationOutcome.WeakPassword:
                message = L["Accounts.ChooseAPasswordOfAtLeast"];
                return;
            case RegistrationOutcome.MailFailed:
                message = L["Accounts.TheMailCouldNotBeSent"];
                return;
            default:
                done = true;
                return;
        }
    }

    private sealed class RegisterInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
