using NsfcSeminar.Data;
using NsfcSeminar.Web.Accounts;
using NsfcSeminar.Web.Api;
using NsfcSeminar.Web.Components;
using NsfcSeminar.Web.Features.Citations;
using NsfcSeminar.Web.Features.Feeds;
using NsfcSeminar.Web.Features.Harvesting;
using NsfcSeminar.Web.Features.Interchange;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Hosting;

internal static class PortalPipelineExtensions
{
    public static WebApplication UseSeminarPortal(this WebApplication app)
    {
        app.UsePortalSecurityHeaders();
        app.UseLanguagePrefix();

        // A friendly page in every environment: readers never see a stack trace.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        app.UsePortalLocalization();

        // Explicitly after the language prefix has left the path, or pages would be matched
        // against "/zh/..." and never found.
        app.UseBundleUploadLimit();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapAccounts();
        app.MapSeminarApi();
        app.MapFeeds();
        app.MapHarvesting();
        app.MapSearch();
        app.MapCitations();
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
