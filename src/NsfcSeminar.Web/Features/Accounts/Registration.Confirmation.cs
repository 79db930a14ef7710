using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Mail;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>The confirmation link of <see cref="Registration"/>: Identity's token, Base64url-encoded
/// into the link, and decoded again when the link is followed.</summary>
internal sealed partial class Registration
{
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
        return RegistrationMail.Confirmation(user.Email!, link, new StringsIn(localizer, language));
    }
}
