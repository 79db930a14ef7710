using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Mail;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>
/// Self-registration of readers. Whatever the address, the same work is done and the same
/// answer given: a new address gets an unconfirmed Reader account and a confirmation link; an
/// address with an account gets a mail saying so (with a fresh link if it is still unconfirmed),
/// and its password is hashed all the same, so neither the answer nor its timing tells whether
/// an address is registered.
/// </summary>
internal sealed partial class Registration(
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

    private OutgoingMail AlreadyRegistered(string email, Language language, Uri languageRoot) =>
        RegistrationMail.AlreadyRegistered(email, new Uri(languageRoot, AccountPaths.SignIn.TrimStart('/')), new StringsIn(localizer, language));
}
