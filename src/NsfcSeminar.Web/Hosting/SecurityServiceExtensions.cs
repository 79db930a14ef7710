namespace NsfcSeminar.Web.Hosting;

internal static class SecurityServiceExtensions
{
    /// <summary>Persisted data protection keys, HSTS settings, and no Server header.</summary>
    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddPersistedDataProtection();

        // Naming the server and its version helps only someone looking for a known flaw.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline, so that every response, error pages and static files
    /// included, carries the headers.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();

        // HSTS is sent only on HTTPS requests (never for localhost), so it is inert where the
        // portal speaks plain HTTP behind a proxy that terminates TLS: such a proxy sends it.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
