using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Mail;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>The two mails <see cref="Registration"/> sends, in the reader's language: a
/// confirmation link for a new or unconfirmed address, a sign-in link for a registered one.</summary>
internal static class RegistrationMail
{
    public static OutgoingMail Confirmation(string to, string link, StringsIn L) =>
        Compose(to, L, L["Accounts.ConfirmYourEMailAddressFor"],
            L["Accounts.FollowThisLinkToConfirmYour"], link);

    public static OutgoingMail AlreadyRegistered(string to, Uri signIn, StringsIn L) =>
        Compose(to, L, L["Accounts.YourNsfcSeminarAccount"],
            L["Accounts.SomeonePerhapsYouAskedToRegister"],
            signIn.AbsoluteUri);

    private static OutgoingMail Compose(string to, StringsIn L, string subject, string body, string link)
    {
        var ignore = L["Accounts.IfYouDidNotAskFor"];
        var text = $"{body}\n\n{link}\n\n{ignore}\n";
        var html = $"<!DOCTYPE html><html><body><p>{E(body)}</p><p><a href=\"{E(link)}\">{E(link)}</a></p><p>{E(ignore)}</p></body></html>";
        return new OutgoingMail(to, subject, text, html);
    }

    private static string E(string value) => System.Net.WebUtility.HtmlEncode(value);
}
