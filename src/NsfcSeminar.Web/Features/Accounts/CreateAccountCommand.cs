using Microsoft.AspNetCore.Identity;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>
/// <c>create-admin EMAIL</c> makes the first Admin (there is no default account or password);
/// <c>create-user EMAIL ROLE...</c> makes any account. At a terminal the command generates a
/// strong password and prints it once; with input redirected it reads the password from the
/// first line of standard input, so scripts and tests can choose it without it showing in the
/// process list. Options starting with <c>--</c> are configuration, as for the server.
/// </summary>
internal static class CreateAccountCommand
{
    public const string CreateAdmin = "create-admin";
    public const string CreateUser = "create-user";
    private const string Actor = "command-line";

    /// <summary>What is left when the command is stopped: it stops only before it creates.</summary>
    public const string Unfinished = "no account was created.";

    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive, CancellationToken ct = default)
    {
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (words is not [var command, var email, .. var rest] || (command == CreateAdmin && rest.Length > 0))
        {
            error.WriteLine($"Usage: {CreateAdmin} EMAIL   or   {CreateUser} EMAIL [{string.Join('|', SeminarRoles.All)}]...");
            return 2;
        }

        var roles = command == CreateAdmin ? [SeminarRoles.Admin] : rest;
        if (roles.FirstOrDefault(r => !SeminarRoles.All.Contains(r)) is { } unknown)
        {
            error.WriteLine($"Unknown role '{unknown}'. The roles are {string.Join(", ", SeminarRoles.All)}.");
            return 2;
        }

        await using var app = BuildHost(args);
        await SeminarDatabase.InitialiseAsync(app.Services, loadSampleArchive: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeminarUser>>();

        var given = interactive ? null : (await input.ReadLineAsync(ct))?.Trim();
        ct.ThrowIfCancellationRequested();
        var password = string.IsNullOrEmpty(given) ? GeneratedPassword.Create() : given;
        var user = new SeminarUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, roles);
        }

        if (!result.Succeeded)
        {
            error.WriteLine($"Could not create {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        // Once the account exists its audit line is written even if a stop is asked for meanwhile.
        // It names the account made: the first Admin has no earlier account to be made by, and
        // every audit line names a real account; the detail says it came from the command line.
        await audit.RecordAsAsync(
            user.Id, email, AuditActions.Created, AuditActions.TargetType, email, $"{Actor}: {string.Join(", ", roles)}", CancellationToken.None);
        output.WriteLine($"Created {email} ({string.Join(", ", roles)}).");
        output.WriteLine(string.IsNullOrEmpty(given)
            ? $"Password, shown only now: {password}"
            : "Its password is the one given on standard input.");
        return 0;
    }

    /// <summary>The portal's own composition, configured by the command's <c>--</c> options.</summary>
    internal static WebApplication BuildHost(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());

        // The password is the output; start-up chatter would bury it. Set in configuration, which
        // overrides the appsettings.json levels, where SetMinimumLevel would not.
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";

        // EF logs its probe of a new database's migrations table as a failure; it is not one.
        builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None";
        builder.AddSeminarPortal();
        return builder.Build();
    }
}
