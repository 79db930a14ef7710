using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>
/// A browser that has signed in to an account keeps a cookie naming it, protected so that no one
/// can write one, and waits only for its address's failures, not for the name's (OWASP's
/// "device cookies", ADR-006): a stranger who keeps failing at someone's name slows every other
/// browser, but cannot keep the owner out.
/// </summary>
internal sealed class KnownBrowser(IDataProtectionProvider protection, IHttpContextAccessor http, TimeProvider clock)
{
    private const string CookieName = "nsfc-known-browser";

    private readonly IDataProtector protector = protection.CreateProtector("NsfcSeminar.Accounts.KnownBrowser");

    /// <summary>Whether this browser has signed in under <paramref name="name"/> before.</summary>
    public bool HasSignedInAs(string name)
    {
        if (http.HttpContext?.Request.Cookies[CookieName] is not { } cookie)
        {
            return false;
        }

        try
        {
            return string.Equals(protector.Unprotect(cookie), name.Trim(), StringComparison.OrdinalIgnoreCase);
        }
        catch (CryptographicException)
        {
            // Forged, damaged or from a retired key: an unknown browser, nothing worse.
            return false;
        }
    }

    /// <summary>Remembers, for 90 days, that this browser signed in under <paramref name="name"/>.</summary>
    public void Remember(string name) =>
        http.HttpContext?.Response.Cookies.Append(CookieName, protector.Protect(name.Trim()), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            Path = "/",
            SameSite = SameSiteMode.Strict,
            Secure = http.HttpContext.Request.IsHttps,
            Expires = clock.GetUtcNow().AddDays(90),
        });
}
