namespace NsfcSeminar.Web.Features.Audit;

/// <summary>The audit log's actions about accounts. Other features name theirs the same way,
/// "noun.verb" in the past tense ("meeting.published").</summary>
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
}
