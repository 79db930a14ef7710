using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Features.Editing;

namespace NsfcSeminar.Web.Tests.Features.Editing;

/// <summary>A signed-in editor, the workspace's services and the module that streams long texts.
/// The database is named but never opened: these tests exercise the forms, not saving (the
/// integration tests save against PostgreSQL).</summary>
public abstract class EditorComponentTest : PortalComponentTest
{
    protected EditorComponentTest()
    {
        AddAuthorization().SetAuthorized("editor@example.org").SetRoles("Editor");
        Services.AddSeminarData("Host=unused.invalid;Database=none");
        Services.AddEditingWorkspace();
        Services.AddHttpContextAccessor();
        Services.AddScoped<AuditLog>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule("./Features/Editing/Forms/StreamedTextArea.razor.js");
        JSInterop.SetupModule("./Features/Editing/Forms/RecordPicker.razor.js");
    }
}
