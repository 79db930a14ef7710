using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Revisions;

/// <summary>The audit log's words for revisions ("meeting.updated", "person.merged"), written in
/// the same statement as the revision. The rest of the vocabulary is the web's
/// (Features/Audit/AuditActions), which this project cannot see.</summary>
public static class RevisionAudit
{
    public static string TargetType(RecordType type) => type.ToString().ToLowerInvariant();

    public static string Action(RecordType type, RevisionAction action) => $"{TargetType(type)}.{action.ToString().ToLowerInvariant()}";
}
