using NsfcSeminar.Data;
using NsfcSeminar.Web.Components;

namespace NsfcSeminar.Web.Hosting;

internal static class PortalPipelineExtensions
{
    public static WebApplication UseSeminarPortal(this WebApplication app)
    {
        // A friendly page in every environment: readers never see a stack trace.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // One culture for now, whatever the server's locale; the Chinese interface adds zh-Hans.
        app.UseRequestLocalization(options => options
            .SetDefaultCulture("en-GB")
            .AddSupportedCultures("en-GB")
            .AddSupportedUICultures("en-GB"));
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static Task InitialiseSeminarDatabaseAsync(this WebApplication app)
    {
        // Off only where the database is deliberately absent (the tests of the error page).
        if (!app.Configuration.GetValue("Seminar:InitialiseDatabase", defaultValue: true))
        {
            return Task.CompletedTask;
        }

        var loadSampleArchive = app.Configuration.GetValue("Seminar:LoadSampleArchive", defaultValue: true);
        return SeminarDatabase.InitialiseAsync(app.Services, loadSampleArchive, app.Lifetime.ApplicationStopping);
    }
}
