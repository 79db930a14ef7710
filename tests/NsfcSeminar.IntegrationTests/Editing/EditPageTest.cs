using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Features.Editing;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>An editing page rendered by bUnit for a signed-in editor, over the real PostgreSQL
/// database of the integration tests.</summary>
public abstract class EditPageTest : BunitContext
{
    public const string EditorName = "editor@example.org";

    /// <summary>How long to wait for a page that loads from the database: machines running the
    /// tests are shared, and a first query is compiled on first use.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected DatabaseFixture Fixture { get; }

    protected EditPageTest(DatabaseFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        Fixture = fixture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        AddAuthorization().SetAuthorized(EditorName).SetRoles("Editor");
        Services.AddLogging();
        Services.AddLocalization();
        Services.AddMarkdown(new ConfigurationBuilder().Build());
        Services.AddSeminarData(fixture.ConnectionString);
        Services.AddEditingWorkspace();
        Services.AddHttpContextAccessor();
        Services.AddScoped<AuditLog>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule("./Features/Editing/Forms/StreamedTextArea.razor.js");
        JSInterop.SetupModule("./Features/Editing/Forms/RecordPicker.razor.js");
    }
}
