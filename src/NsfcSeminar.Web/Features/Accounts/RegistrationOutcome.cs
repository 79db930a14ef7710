using Microsoft.AspNetCore.WebUtilities;

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
