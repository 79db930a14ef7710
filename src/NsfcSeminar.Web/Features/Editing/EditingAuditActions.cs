using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing;

/// <summary>What the workspace writes to the audit log, named like the accounts' actions
/// ("noun.verb", past tense).</summary>
internal static class EditingAuditActions
{
    public const string Meeting = "meeting";

    public const string Speech = "speech";

    public const string SpeechMoved = "speech.moved";

    public const string SpeechRemoved = "speech.removed";

    /// <summary>The action a save of a seminar amounts to, judged by what changed in its status.</summary>
    public static string ForMeeting(bool created, PublicationStatus before, PublicationStatus after, Visibility visibilityBefore, Visibility visibilityAfter) =>
        created ? "meeting.created"
        : before != after ? after switch
        {
            PublicationStatus.Published => "meeting.published",
            PublicationStatus.Archived => "meeting.archived",
            _ => before == PublicationStatus.Archived ? "meeting.restored" : "meeting.unpublished",
        }
        : visibilityBefore != visibilityAfter ? (visibilityAfter == Visibility.StaffOnly ? "meeting.made-staff-only" : "meeting.made-public")
        : "meeting.saved";

    public static string ForSpeech(bool created) => created ? "speech.created" : "speech.saved";

    public static (string Action, string Type) ForNewRecord(NewRecordKind kind) => kind switch
    {
        NewRecordKind.Person => ("person.created", "person"),
        NewRecordKind.Organisation => ("organisation.created", "organisation"),
        NewRecordKind.Group => ("group.created", "group"),
        _ => ("document.created", "document"),
    };
}
