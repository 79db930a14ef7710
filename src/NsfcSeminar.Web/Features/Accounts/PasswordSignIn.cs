using Microsoft.AspNetCore.Identity;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>
/// Checks a name and password doing the same work whatever the name: an unknown name and a locked
/// account still cost one password hash, so neither the answer nor its timing tells an attacker
/// which names are accounts. Failed passwords never lock an account (only an Admin does):
/// <see cref="SignInThrottling"/> slows guessing instead.
/// </summary>
internal sealed class PasswordSignIn(
    SignInManager<SeminarUser> signIn,
    UserManager<SeminarUser> users,
    IPasswordHasher<SeminarUser> hasher)
{
    private static readonly SeminarUser Nobody = new();
    private static string? _nobodysHash;

    public async Task<(SignInOutcome Outcome, SeminarUser? User)> SignInAsync(string name, string password)
    {
        var user = await users.FindByNameAsync(name);
        if (user is null)
        {
            // Made once with this hasher, so that it costs what a real account's check costs.
            _nobodysHash ??= hasher.HashPassword(Nobody, GeneratedPassword.Create());
            hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
            return (SignInOutcome.Wrong, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return await users.CheckPasswordAsync(user, password) ? (SignInOutcome.Locked, user) : (SignInOutcome.Wrong, user);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.IsNotAllowed)
        {
            // Refused before the password is checked: told only to someone who knows the password.
            return (await users.CheckPasswordAsync(user, password) ? SignInOutcome.Unconfirmed : SignInOutcome.Wrong, user);
        }

        return (result.Succeeded ? SignInOutcome.SignedIn : SignInOutcome.Wrong, user);
    }
}
