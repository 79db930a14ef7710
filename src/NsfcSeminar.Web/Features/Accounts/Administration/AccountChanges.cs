using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.Web.Features.Accounts.Administration;

/// <summary>Creates accounts and changes their roles and locks, writing each change to the audit
/// log. Every change also renews the account's security stamp, so open sessions of a demoted or
/// locked account end within a minute.</summary>
internal sealed class AccountChanges(
    IDbContextFactory<SeminarDbContext> dbFactory, UserManager<SeminarUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new AccountRow(
                u.Id,
                u.Email ?? u.UserName ?? u.Id,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .OrderBy(name => name)
                    .ToList(),
                u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(ct);
    }

    public async Task<AccountRow?> FindAsync(string id, CancellationToken ct) =>
        (await ListAsync(ct)).FirstOrDefault(a => a.Id == id);

    /// <summary>Creates an account with a generated password, returned once and never stored.</summary>
    public async Task<(IdentityResult Result, string? Password)> CreateAsync(string email, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var password = GeneratedPassword.Create();
        // Made by an Admin, who vouches for the address: no confirmation link is needed.
        var user = new SeminarUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        await audit.RecordAsync(AuditActions.Created, AuditActions.TargetType, email, string.Join(", ", roles), ct);
        foreach (var role in roles)
        {
            await SetRoleAsync(user, role, member: true, ct);
        }

        return (IdentityResult.Success, password);
    }

    public async Task SetRoleAsync(string id, string role, bool member, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is { } user)
        {
            await SetRoleAsync(user, role, member, ct);
        }
    }

    public async Task SetLockedAsync(string id, bool locked, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return;
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(locked ? AuditActions.Locked : AuditActions.Unlocked, AuditActions.TargetType, user.Email, null, ct);
    }

    private async Task SetRoleAsync(SeminarUser user, string role, bool member, CancellationToken ct)
    {
        if (await users.IsInRoleAsync(user, role) == member)
        {
            return;
        }

        var result = member ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(member ? AuditActions.RoleAdded : AuditActions.RoleRemoved, AuditActions.TargetType, user.Email, role, ct);
        }
    }
}
