namespace NsfcSeminar.Web.Hosting;

internal static class SecurityServiceExtensions
{
    /// <summary>Persisted data protection keys and no Server header.</summary>
    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddPersistedDataProtection();

        // Naming the server and its version helps only someone looking for a known flaw.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>First in the pipeline, so that every response, error pages and static files
    /// included, carries the headers.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        // HSTS follows the public address (PublicAddressServiceExtensions).
        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}
