using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing;

/// <summary>What the workspace writes to the audit log, named like the accounts' actions
/// ("noun.verb", past tense), for what the revision recorder does not audit.</summary>
internal static class EditingAuditActions
{
    /// <summary>The line for a record created from within a form, when its own revision does not
    /// write one: people and organisations have history, whose revision carries the line (ADR-008).</summary>
    public static (string Action, string Type)? ForNewRecord(NewRecordKind kind) => kind switch
    {
        NewRecordKind.Group => ("group.created", "group"),
        NewRecordKind.Document => ("document.created", "document"),
        _ => null,
    };
}
