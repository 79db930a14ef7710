using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>An account a test made, with the password it was given.</summary>
public sealed record TestAccount(string Id, string Email, string Password);

/// <summary>
/// Accounts for tests, signed in through the real sign-in form (antiforgery token and all), so
/// a test of a protected page exercises the same cookie a browser gets:
/// <code>using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);</code>
/// </summary>
public static class TestAccounts
{
    /// <summary>Creates an account with a unique e-mail address, a generated password and the
    /// given roles (none: an account without any role).</summary>
    public static async Task<TestAccount> CreateAccountAsync(this PortalFactory portal, params string[] roles)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeminarUser>>();
        var email = $"{string.Join('-', roles.DefaultIfEmpty("nobody")).ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var password = GeneratedPassword.Create();
        // Made as an Admin makes accounts: the address is vouched for, so a Reader signs in at once.
        var user = new SeminarUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(user, password));
        if (roles.Length > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }

        return new TestAccount(user.Id, email, password);
    }

    /// <summary>A new client, signed in as a new account with the given roles.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory portal, params string[] roles)
    {
        var account = await portal.CreateAccountAsync(roles);
        return await portal.SignedInClientAsync(account);
    }

    /// <summary>A new client, signed in as <paramref name="account"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory portal, TestAccount account)
    {
        var client = portal.CreateClient();
        var page = await client.SignInAsync(account.Email, account.Password);
        if (!page.IsSignedIn())
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {account.Email} failed; the portal answered: {page.Text.Trim()}");
        }

        return client;
    }

    /// <summary>Fills in and submits the sign-in form; returns the page the browser would land on.</summary>
    public static Task<HtmlPage> SignInAsync(this HttpClient client, string email, string password, string language = "en") =>
        FormPost.SubmitAsync(client, $"/{language}/account/sign-in", "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>True when the page was rendered for a signed-in user (it offers to sign out).</summary>
    public static bool IsSignedIn(this HtmlPage page) => page.Document.QuerySelector("form[action='account/sign-out']") is not null;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
