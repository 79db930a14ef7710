namespace NsfcSeminar.Data.Accounts;

/// <summary>
/// Failed sign-ins counted against one key: an account name as typed (whether or not such an
/// account exists) or a client address. Kept in the database so that every portal instance
/// slows the same guesser (ADR-006).
/// </summary>
public sealed class SignInThrottle
{
    public const int KeyMaxLength = 300;

    /// <summary>"account:editor@example.org" or "address:192.0.2.1".</summary>
    public required string Key { get; set; }

    public int Failures { get; set; }

    public DateTimeOffset LastFailureAt { get; set; }

    /// <summary>No attempt under this key is checked before this moment.</summary>
    public DateTimeOffset? BlockedUntil { get; set; }
}
