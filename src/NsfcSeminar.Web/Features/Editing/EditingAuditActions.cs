using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing;

/// <summary>Which audit line a record made from within a form writes. The words are the audit
/// log's (<see cref="AuditActions"/>); the choice stays here because it turns on
/// <see cref="NewRecordKind"/>, the forms' own notion, which the audit feature should not know.</summary>
internal static class EditingAuditActions
{
    /// <summary>The line for a record created from within a form, when its own revision does not
    /// write one: people and organisations have history, whose revision carries the line (ADR-008).</summary>
    public static (string Action, string Type)? ForNewRecord(NewRecordKind kind) => kind switch
    {
        NewRecordKind.Group => (AuditActions.GroupCreated, AuditActions.GroupType),
        NewRecordKind.Document => (AuditActions.DocumentCreated, AuditActions.DocumentType),
        _ => null,
    };
}
