using Microsoft.Extensions.Options;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Components;
using NsfcSeminar.Web.Features.Alerts;
using NsfcSeminar.Web.Features.Citations;
using NsfcSeminar.Web.Features.Errors;
using NsfcSeminar.Web.Features.Feeds;
using NsfcSeminar.Web.Features.Harvesting;
using NsfcSeminar.Web.Features.Interchange;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Features.Sources;
using NsfcSeminar.Web.Hosting.Cluster;
using NsfcSeminar.Web.Hosting.Observability;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Hosting;

internal static class PortalPipelineExtensions
{
    public static WebApplication UseSeminarPortal(this WebApplication app)
    {
        app.UseInstanceHeader();
        app.UsePublicAddress();
        app.UsePortalSecurityHeaders();
        app.UseOperatorMetrics();
        app.UseOperatorServerTiming();
        app.UseLanguagePrefix();

        app.UseFailureAnswers();

        app.UsePortalLocalization();

        // Explicitly after the language prefix has left the path, or pages would be matched
        // against "/zh/..." and never found.
        app.UseBundleUploadLimit();
        app.UseReplicaRouting();
        app.UseRouting();
        app.UseLanguageRedirect();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapLiveness();
        app.MapReadiness();
        app.MapAccounts();
        app.MapSeminarApi();
        app.MapFeeds();
        app.MapHarvesting();
        app.MapSearch();
        app.MapCitations();
        app.MapSources();
        app.MapAlerts();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().LimitSignInPosts();
        return app;
    }

    public static Task InitialiseSeminarDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseStartOptions>>().Value;
        return database.InitialiseDatabase
            ? SeminarDatabase.InitialiseAsync(app.Services, database.LoadSampleArchive, app.Lifetime.ApplicationStopping)
            : Task.CompletedTask;
    }
}
