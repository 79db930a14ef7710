using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>
/// The token in a digest's unsubscribe link: the saved search's id, signed and encrypted with the
/// portal's data protection keys (kept in the database, so every instance reads every token). It
/// works without signing in; a token changed by one character is refused.
/// </summary>
internal sealed class UnsubscribeToken(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("NsfcSeminar.Alerts.Unsubscribe.v1");

    public string For(long savedSearchId) =>
        protector.Protect(savedSearchId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The saved search a token names; null for one that was forged or damaged.</summary>
    public long? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1_000)
        {
            return null;
        }

        try
        {
            return long.TryParse(protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
