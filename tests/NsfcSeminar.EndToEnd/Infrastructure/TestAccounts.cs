using System.Diagnostics;
using Microsoft.Playwright;

namespace NsfcSeminar.EndToEnd.Infrastructure;

/// <summary>An account a test made, with the password it was given.</summary>
public sealed record TestAccount(string Email, string Password);

/// <summary>
/// Accounts for browser tests, made with the portal's own <c>create-user</c> command (as an
/// operator would) and signed in through the real form:
/// <code>var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
/// await Page.SignInAsync(editor);</code>
/// </summary>
public static class TestAccounts
{
    public static Task<TestAccount> CreateAccountAsync(this PortalServer portal, params string[] roles) =>
        portal.CreateAccountInAsync(portal.ConnectionString, roles);

    /// <summary>An account in another portal's database (the cluster drill's primary).</summary>
    public static async Task<TestAccount> CreateAccountInAsync(this PortalServer portal, string database, params string[] roles)
    {
        var email = $"{string.Join('-', roles.DefaultIfEmpty("nobody")).ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var password = $"browser test {Guid.NewGuid():N}";
        var start = portal.PortalProcess(["create-user", email, .. roles]);
        start.Environment["ConnectionStrings__Seminar"] = database;
        start.RedirectStandardInput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run create-user.");
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"create-user failed ({process.ExitCode}): {await output}{await error}");
        }

        return new TestAccount(email, password);
    }

    /// <summary>Signs the page's browser context in through the sign-in form, from the page in
    /// the given language, and waits until the portal shows the user signed in.</summary>
    public static async Task SignInAsync(this IPage page, TestAccount account, string language = "en")
    {
        await page.GotoAsync($"/{language}/account/sign-in");
        var form = page.Locator("form.account-form");
        await form.Locator("#sign-in-email").FillAsync(account.Email);
        await form.Locator("#sign-in-password").FillAsync(account.Password);
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".user-menu__name")).ToHaveTextAsync(account.Email);
    }
}
