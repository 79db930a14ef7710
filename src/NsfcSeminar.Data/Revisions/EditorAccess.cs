using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Data.Revisions;

/// <summary>A save refused because the account saving may no longer edit: nothing was written.</summary>
public sealed class AccessWithdrawnException(string message) : Exception(message);

/// <summary>
/// Checks, inside the transaction of every save of a record with history, that the person saving
/// still may: the account exists, is not locked, still carries the security stamp it signed in
/// with (a changed password, a lock or a role change renews it) and is still an Editor. An open
/// editing page therefore loses its rights at its next save, however long ago it was opened.
/// </summary>
internal static class EditorAccess
{
    /// <summary>The role that writes records, as the migrations seed it.</summary>
    public const string EditorRole = "Editor";

    public static async Task EnsureMaySaveAsync(DbContext db, EditorIdentity author, DateTimeOffset now, CancellationToken ct)
    {
        if (author.IsSystem)
        {
            return;
        }

        var id = author.UserId ?? throw new AccessWithdrawnException("Nobody is signed in: only a signed-in Editor may save.");
        var stamp = author.SecurityStamp;
        var editors = from role in db.Set<IdentityRole>()
                      join member in db.Set<IdentityUserRole<string>>() on role.Id equals member.RoleId
                      where role.Name == EditorRole
                      select member.UserId;
        var allowed = await db.Set<SeminarUser>().AnyAsync(
            u => u.Id == id
                && (u.LockoutEnd == null || u.LockoutEnd <= now)
                && (stamp == null || u.SecurityStamp == stamp)
                && editors.Contains(u.Id),
            ct);
        if (!allowed)
        {
            throw new AccessWithdrawnException($"The account {author.Name} may no longer save: it was locked, removed, changed or is no longer an Editor.");
        }
    }
}
