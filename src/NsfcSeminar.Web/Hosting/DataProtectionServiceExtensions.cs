using Microsoft.AspNetCore.DataProtection;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Hosting;

internal static class DataProtectionServiceExtensions
{
    /// <summary>
    /// Keeps the data protection key ring (which signs and encrypts the sign-in cookie and the
    /// antiforgery tokens) in the archive's database rather than in one machine's profile
    /// folder: every instance of the portal, and every restart, reads the same keys, so nobody is
    /// signed out and no form fails because the request reached another instance (ADR-011).
    /// </summary>
    /// <remarks>
    /// The application name replaces the default discriminator, the content root path, which
    /// differs between a development checkout, a container and a second server. The keys are
    /// stored unencrypted: whoever can read the database already holds the accounts it protects.
    /// </remarks>
    public static IServiceCollection AddPersistedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName("NsfcSeminar")
            .PersistKeysToDbContext<SeminarDbContext>();
        return services;
    }
}
