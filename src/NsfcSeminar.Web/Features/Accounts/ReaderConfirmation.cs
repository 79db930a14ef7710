using Microsoft.AspNetCore.Identity;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>
/// Who may sign in before confirming an e-mail address: everyone but a reader who registered
/// themselves. Accounts an Admin or a command makes are vouched for by their maker (and are marked
/// confirmed when made); a self-registered reader signs in only once the mailed link was followed.
/// </summary>
internal sealed class ReaderConfirmation : IUserConfirmation<SeminarUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<SeminarUser> manager, SeminarUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        return user.EmailConfirmed || !await manager.IsInRoleAsync(user, SeminarRoles.Reader);
    }
}
