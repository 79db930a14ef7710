namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>What a password sign-in came to. <see cref="Locked"/> is said only to someone who
/// gave the right password: to anyone else a locked account looks like every other.</summary>
internal enum SignInOutcome
{
    SignedIn,
    Wrong,
    Locked,

    /// <summary>The right password of a self-registered reader whose address is not yet confirmed.</summary>
    Unconfirmed,
}
