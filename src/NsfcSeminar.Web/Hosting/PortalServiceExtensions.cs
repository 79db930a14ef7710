using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Api;
using NsfcSeminar.Web.Features;
using NsfcSeminar.Web.Features.Accounts.Acting;
using NsfcSeminar.Web.Features.Accounts.Administration;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Features.Alerts;
using NsfcSeminar.Web.Features.Curation;
using NsfcSeminar.Web.Features.Drafting;
using NsfcSeminar.Web.Features.Feeds;
using NsfcSeminar.Web.Features.Harvesting;
using NsfcSeminar.Web.Features.History;
using NsfcSeminar.Web.Features.Editing;
using NsfcSeminar.Web.Features.Errors;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Features.Wording;
using NsfcSeminar.Web.Features.Translations;
using NsfcSeminar.Web.Hosting.Cluster;
using NsfcSeminar.Web.Hosting.Observability;
using NsfcSeminar.Web.Hosting.PageCache;
using NsfcSeminar.Web.Mail;
using NsfcSeminar.Web.Markdown;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Hosting;

internal static class PortalServiceExtensions
{
    public static WebApplicationBuilder AddSeminarPortal(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Seminar");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No database is configured. Set the connection string ConnectionStrings__Seminar, or start the portal with scripts/run.sh, which provisions one.");
        }

        builder.Services.AddArchiveServices(connectionString, builder.Configuration);
        builder.Services.AddOptions<DatabaseStartOptions>().BindConfiguration(DatabaseStartOptions.Section).ValidateOnStart();
        builder.AddPortalCluster();
        builder.AddPortalObservability();
        builder.AddPublicAddress();
        builder.AddPortalSecurity();
        builder.Services.AddFailureAnswers();
        builder.Services.AddPortalRateLimits();
        builder.Services.AddHealthChecks().AddDbContextCheck<SeminarDbContext>("database");
        builder.Services.AddLocalization();
        builder.Services.AddMarkdown(builder.Configuration);
        builder.Services.AddReadingFeatures();
        builder.Services.AddWording(builder.Configuration);
        builder.Services.AddAccounts();
        builder.Services.AddAdministration();
        builder.Services.AddAudit();
        builder.Services.AddFeeds();
        builder.Services.AddSeminarApi();
        builder.Services.AddHarvesting(builder.Configuration);
        builder.Services.AddDrafting();
        builder.Services.AddActingInCircuits();
        builder.Services.AddHistory();
        builder.Services.AddCuration();
        builder.Services.AddTranslations();
        builder.Services.AddSlugRedirects();
        builder.Services.AddEditingWorkspace();
        builder.Services.AddSearch(builder.Configuration);
        builder.Services.AddPageCache();
        builder.Services.AddMail(builder.Configuration);
        builder.Services.AddAlerts(builder.Configuration);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();

        // Pages write Chinese as itself, not as a character reference each (eight bytes for
        // three): a Chinese search page was 61 KB, and every character went through the
        // encoder's slow path. What HTML gives meaning to is still escaped. Only the HTML
        // encoder: URLs and headers stay ASCII.
        builder.Services.Replace(ServiceDescriptor.Singleton(HtmlEncoder.Create(UnicodeRanges.All)));
        return builder;
    }
}
