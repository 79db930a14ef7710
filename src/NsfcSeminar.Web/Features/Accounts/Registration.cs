using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Mail;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>What a registration came to, as the page may say it: never whether the address
/// already had an account.</summary>
internal enum RegistrationOutcome
{
    /// <summary>A mail went to the address (a confirmation link, or a note that it has an account).</summary>
    Mailed,

    /// <summary>The password was refused by the password rules.</summary>
    WeakPassword,

    /// <summary>The mail could not be sent now.</summary>
    MailFailed,
}

/// <summary>
/// Self-registration of readers. Whatever the address, the same work is done and the same
/// answer given: a new address gets an unconfirmed Reader account and a confirmation link; an
/// address with an account gets a mail saying so (with a fresh link if it is still unconfirmed),
/// and its password is hashed all the same, so neither the answer nor its timing tells whether
/// an address is registered.
/// </summary>
internal sealed class Registration(
    UserManager<SeminarUser> users,
    IPasswordHasher<SeminarUser> hasher,
    MailSender mail,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<RegistrationOutcome> RegisterAsync(string email, string password, Language language, Uri languageRoot, CancellationToken ct)
    {
        var existing = await users.FindByEmailAsync(email);
        var user = existing ?? new SeminarUser { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, password)).Succeeded)
            {
                return RegistrationOutcome.WeakPassword;
            }
        }

        OutgoingMail message;
        if (existing is null)
        {
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                // A name Identity refuses (or a race with another registration of it): the same answer.
                return RegistrationOutcome.Mailed;
            }

            await users.AddToRoleAsync(user, SeminarRoles.Reader);
            await audit.RecordAsAsync(user.Id, email, AuditActions.Registered, AuditActions.TargetType, email, null, ct);
            message = await ConfirmationAsync(user, language, languageRoot);
        }
        else
        {
            // The cost of the hash a new account pays, so the timing says nothing either.
            hasher.HashPassword(user, password);
            message = existing.EmailConfirmed || !await users.IsInRoleAsync(existing, SeminarRoles.Reader)
                ? AlreadyRegistered(email, language, languageRoot)
                : await ConfirmationAsync(existing, language, languageRoot);
        }

        try
        {
            await mail.SendAsync(message, ct);
            return RegistrationOutcome.Mailed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return RegistrationOutcome.MailFailed;
        }
    }

    /// <summary>Confirms an address from its link; false for a wrong or used code.</summary>
    public async Task<bool> ConfirmAsync(string userId, string code, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return false;
        }

        var confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (confirmed)
        {
            await audit.RecordAsAsync(user.Id, user.Email, AuditActions.Confirmed, AuditActions.TargetType, user.Email, null, ct);
        }

        return confirmed;
    }

    private async Task<OutgoingMail> ConfirmationAsync(SeminarUser user, Language language, Uri languageRoot)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = new Uri(languageRoot, $"{AccountPaths.Confirm}?user={Uri.EscapeDataString(user.Id)}&code={code}").AbsoluteUri;
        var L = new StringsIn(localizer, language);
        return Compose(user.Email!, L, L["Confirm your e-mail address for NsfcSeminar"],
            L["Follow this link to confirm your address and finish registering; then sign in and save searches:"], link);
    }

    private OutgoingMail AlreadyRegistered(string email, Language language, Uri languageRoot)
    {
        var L = new StringsIn(localizer, language);
        return Compose(email, L, L["Your NsfcSeminar account"],
            L["Someone, perhaps you, asked to register this address, which already has an account. Nothing was changed. Sign in here:"],
            new Uri(languageRoot, AccountPaths.SignIn.TrimStart('/')).AbsoluteUri);
    }

    private static OutgoingMail Compose(string to, StringsIn L, string subject, string body, string link)
    {
        var ignore = L["If you did not ask for this, ignore this e-mail."];
        var text = $"{body}\n\n{link}\n\n{ignore}\n";
        var html = $"<!DOCTYPE html><html><body><p>{E(body)}</p><p><a href=\"{E(link)}\">{E(link)}</a></p><p>{E(ignore)}</p></body></html>";
        return new OutgoingMail(to, subject, text, html);
    }

    private static string E(string value) => System.Net.WebUtility.HtmlEncode(value);
}
