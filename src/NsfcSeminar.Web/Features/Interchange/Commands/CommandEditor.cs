using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Accounts.Acting;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary>
/// The account an import acts as (<c>--as EMAIL</c>): the revisions it records, and the audit
/// lines written with them, name that account instead of "system". It must be an existing,
/// unlocked Editor or Admin, checked before anything is read. Who is saving is then answered,
/// as in the portal, by <see cref="CurrentEditor"/>.
/// </summary>
internal static class CommandEditor
{
    public const string Option = "--as";

    /// <summary>Takes <c>--as EMAIL</c> (or <c>--as=EMAIL</c>) out of the arguments.</summary>
    public static (string? Email, string[] Others) Take(string[] args, string usage)
    {
        var at = Array.FindIndex(args, a => a == Option || a.StartsWith(Option + "=", StringComparison.Ordinal));
        if (at < 0)
        {
            return (null, args);
        }

        var joined = args[at] != Option;
        if (!joined && (at + 1 == args.Length || args[at + 1].StartsWith("--", StringComparison.Ordinal)))
        {
            throw new CommandException($"Usage: {usage} ({Option} needs the e-mail address of an Editor account)");
        }

        var email = joined ? args[at][(Option.Length + 1)..] : args[at + 1];
        return (email, [.. args[..at], .. args[(at + (joined ? 1 : 2))..]]);
    }

    public static async Task ActAsAsync(IServiceProvider services, string email, CancellationToken ct)
    {
        await using var db = await services.Database().CreateDbContextAsync(ct);
        var normalized = email.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct)
            ?? throw new CommandException($"No account {email}: {Option} names an existing Editor or Admin account.");
        if (user.LockoutEnd > services.GetRequiredService<TimeProvider>().GetUtcNow())
        {
            throw new CommandException($"{email} is locked and cannot import.");
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .ToListAsync(ct);
        if (!roles.Any(r => r is SeminarRoles.Editor or SeminarRoles.Admin))
        {
            throw new CommandException($"{email} is neither an Editor nor an Admin, and cannot import.");
        }

        services.GetRequiredService<CurrentEditor>().ActAs(new EditorIdentity(user.Id, user.UserName ?? email));
    }
}
