namespace NsfcSeminar.Web.Features.Audit;

/// <summary>The audit log's vocabulary, "noun.verb" in the past tense: every action the portal
/// writes is named here, except those of records with history ("meeting.updated",
/// "person.merged"...), which the data layer writes in the same statement as their revision and
/// names beside it (<see cref="NsfcSeminar.Data.Revisions.RevisionAudit"/>: the web project cannot
/// be seen from there). The accounts' actions come first.</summary>
public static class AuditActions
{
    public const string SignedIn = "account.signed-in";

    public const string SignInFailed = "account.sign-in-failed";

    public const string LockedOut = "account.locked-out";

    /// <summary>An attempt refused unchecked, because its name or address must still wait.</summary>
    public const string SignInThrottled = "account.sign-in-throttled";

    public const string SignedOut = "account.signed-out";

    public const string Created = "account.created";

    /// <summary>A reader registered themselves (the account waits for its address to be confirmed).</summary>
    public const string Registered = "account.registered";

    public const string Confirmed = "account.confirmed";

    public const string RoleAdded = "account.role-added";

    public const string RoleRemoved = "account.role-removed";

    public const string Locked = "account.locked";

    public const string Unlocked = "account.unlocked";

    public const string TargetType = "account";

    /// <summary>A group or document made from within an edit form; they have no history, so no
    /// revision writes their line.</summary>
    public const string GroupCreated = "group.created";

    public const string GroupType = "group";

    public const string DocumentCreated = "document.created";

    public const string DocumentType = "document";

    /// <summary>A bundle uploaded on the import page; its seminars' own lines come with their revisions.</summary>
    public const string BundleImported = "bundle.imported";

    public const string BundleType = "bundle";
}
