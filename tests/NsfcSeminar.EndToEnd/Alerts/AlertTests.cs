using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Npgsql;
using NsfcSeminar.EndToEnd.Infrastructure;

namespace NsfcSeminar.EndToEnd.Alerts;

[Collection(PortalTestGroup.Name)]
public sealed partial class AlertTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_reader_registers_saves_a_search_and_reads_its_digest_mail_then_unsubscribes()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        const string password = "a reader's browser passphrase";

        await Page.GotoAsync("/en/account/sign-in");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Register as a reader" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Register as a reader" })).ToBeVisibleAsync();
        await Page.GetByLabel("E-mail address").FillAsync(email);
        await Page.GetByLabel("Password (at least 12 characters)").FillAsync(password);
        await Page.GetByLabel("The password again").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Check your mail");
        await ScreenshotAsync("alerts-01-registered");

        var confirmation = (await Portal.Mail.WaitForMailsToAsync(email, 1, TimeSpan.FromSeconds(30))).Single();
        await Page.GotoAsync(ConfirmLink().Match(confirmation.Text).Value);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your address is confirmed");
        await Page.SignInAsync(new TestAccount(email, password));

        await Page.GotoAsync("/en/search?theme=funding-efficiency");
        await ScreenshotAsync("alerts-02-search-with-save-button", fullPage: false);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save this search" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Save this search" })).ToBeVisibleAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Funding efficiency");
        await Page.GetByLabel("Daily").CheckAsync();
        await ScreenshotAsync("alerts-03-save-search");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My saved searches" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Funding efficiency" })).ToBeVisibleAsync();
        await ScreenshotAsync("alerts-04-my-saved-searches");

        // As if saved a week ago: the sample records entered the archive since, and the portal's
        // own schedule (every second here) sends today's digest.
        await BackdateAsync(email);
        var digest = (await Portal.Mail.WaitForMailsToAsync(email, 2, TimeSpan.FromSeconds(60)))[^1];
        Assert.Equal("NsfcSeminar: new matches for “Funding efficiency”", digest.Subject);
        Assert.Contains("Presiding remarks (sample)", digest.Text, StringComparison.Ordinal);

        var mail = await Page.Context.NewPageAsync();
        await mail.SetViewportSizeAsync(800, 480);
        await mail.SetContentAsync(digest.Html);
        await Expect(mail.GetByRole(AriaRole.Link, new() { Name = "Presiding remarks (sample)" })).ToBeVisibleAsync();
        await mail.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "alert-mail.png"), FullPage = true });
        var unsubscribe = await mail.GetByRole(AriaRole.Link, new() { Name = "Stop these e-mails" }).GetAttributeAsync("href");
        await mail.CloseAsync();

        await Page.GotoAsync(unsubscribe!);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are unsubscribed");
        await ScreenshotAsync("alerts-05-unsubscribed");
    }

    private async Task BackdateAsync(string email)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            UPDATE saved_searches SET created_at = now() - interval '8 days', matched_through = now() - interval '1 day'
            WHERE user_id = (SELECT id FROM users WHERE email = @email)
            """, connection);
        command.Parameters.AddWithValue("email", email);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [GeneratedRegex(@"http://\S+/en/account/confirm\?\S+")]
    private static partial Regex ConfirmLink();
}
