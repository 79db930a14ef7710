using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Alerts;

/// <summary>Readers register themselves: a confirmation link is mailed, and the account signs in
/// only once it was followed; the answer never tells whether an address has an account.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed partial class RegistrationTests(DatabaseFixture database, MailFixture mail) : IClassFixture<MailFixture>
{
    private const string Password = "a reader's long passphrase";

    [Fact]
    public async Task A_registered_reader_signs_in_only_after_following_the_mailed_link()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        using var client = portal.CreateClient();

        var registered = await RegisterAsync(client, email, Password);
        var early = await client.SignInAsync(email, Password);
        var link = ConfirmLink().Match(Assert.Single(await mail.Mail.MailsToAsync(email)).Text).Value;
        var confirmed = await FormPost.SubmitAsync(client, new Uri(link).PathAndQuery, "confirm-email", new Dictionary<string, string>());
        var signedIn = await client.SignInAsync(email, Password);

        Assert.Contains("Check your mail", registered.Text, StringComparison.Ordinal);
        Assert.False(early.IsSignedIn());
        Assert.Contains("Confirm your e-mail address first", early.Text, StringComparison.Ordinal);
        Assert.Contains("Your address is confirmed", confirmed.Text, StringComparison.Ordinal);
        Assert.True(signedIn.IsSignedIn());
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeminarUser>>();
        Assert.Equal([SeminarRoles.Reader], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_the_same_and_changes_nothing()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var editor = await portal.CreateAccountAsync(SeminarRoles.Editor);
        using var client = portal.CreateClient();

        var taken = await RegisterAsync(client, editor.Email, Password);
        var fresh = await RegisterAsync(client, $"new-{Guid.NewGuid():N}@example.org", Password);

        Assert.Equal(Answer(fresh), Answer(taken));
        Assert.Contains("already has an account", Assert.Single(await mail.Mail.MailsToAsync(editor.Email)).Text, StringComparison.Ordinal);
        Assert.False((await client.SignInAsync(editor.Email, Password)).IsSignedIn());
        using var owner = portal.CreateClient();
        Assert.True((await owner.SignInAsync(editor.Email, editor.Password)).IsSignedIn());
    }

    [Fact]
    public async Task Registrations_for_one_address_are_throttled_as_sign_ins_are()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var email = $"flooded-{Guid.NewGuid():N}@example.org";
        using var client = portal.CreateClient();

        var answers = new List<HtmlPage>();
        for (var i = 0; i < 7; i++)
        {
            answers.Add(await RegisterAsync(client, email, Password));
        }

        Assert.Contains("Too many attempts", answers[^1].Text, StringComparison.Ordinal);
        Assert.True((await mail.Mail.MailsToAsync(email)).Count < answers.Count);
    }

    [Fact]
    public async Task A_confirmation_code_that_was_changed_confirms_nothing()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        using var client = portal.CreateClient();
        await RegisterAsync(client, email, Password);
        var link = ConfirmLink().Match(Assert.Single(await mail.Mail.MailsToAsync(email)).Text).Value;

        var page = await FormPost.SubmitAsync(client, new Uri(link[..^4] + "AAAA").PathAndQuery, "confirm-email", new Dictionary<string, string>());

        Assert.Contains("This link is not valid", page.Text, StringComparison.Ordinal);
        Assert.False((await client.SignInAsync(email, Password)).IsSignedIn());
    }

    private static Task<HtmlPage> RegisterAsync(HttpClient client, string email, string password) =>
        FormPost.SubmitAsync(client, "/en/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    private static string Answer(HtmlPage page) => page.Document.QuerySelector("main [role=status], main [role=alert]")?.TextContent.Trim() ?? "";

    [GeneratedRegex(@"http://localhost/en/account/confirm\?\S+")]
    private static partial Regex ConfirmLink();
}
