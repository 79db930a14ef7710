using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;
using NsfcSeminar.Web.Hosting;

namespace NsfcSeminar.IntegrationTests.Accounts;

[Collection(DatabaseTestGroup.Name)]
public sealed class CreateAccountCommandTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Create_admin_prints_a_generated_password_that_signs_in_as_an_admin()
    {
        await fixture.ResetAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CreateAccountCommand.RunAsync(
            ["create-admin", "first.admin@example.org", $"--ConnectionStrings:Seminar={fixture.ConnectionString}"],
            TextReader.Null, output, error, interactive: true);

        Assert.True(exit == 0, error.ToString());
        var password = output.ToString().Split("shown only now: ")[1].Trim();
        Assert.True(password.Length >= 20, output.ToString());
        using var client = fixture.Portal.CreateClient();
        Assert.True((await client.SignInAsync("first.admin@example.org", password)).IsSignedIn());
        var audit = await HtmlPage.GetAsync(client, "/en/admin/audit");
        Assert.Equal(System.Net.HttpStatusCode.OK, audit.Status);
        await using var db = fixture.CreateDbContext();
        var created = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.Created);
        var admin = await db.Users.SingleAsync(u => u.Email == "first.admin@example.org");
        Assert.Equal((admin.Id, "first.admin@example.org", "command-line: Admin"), (created.UserId, created.UserName, created.Detail));
    }

    [Fact]
    public async Task Create_user_reads_the_password_from_redirected_input_and_never_prints_it()
    {
        await fixture.ResetAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        const string password = "a long chosen passphrase";

        var exit = await CreateAccountCommand.RunAsync(
            ["create-user", "editor@example.org", "Editor", "Staff", $"--ConnectionStrings:Seminar={fixture.ConnectionString}"],
            new StringReader(password + "\n"), output, error, interactive: false);

        Assert.True(exit == 0, error.ToString());
        Assert.DoesNotContain(password, output.ToString(), StringComparison.Ordinal);
        using var client = fixture.Portal.CreateClient();
        Assert.True((await client.SignInAsync("editor@example.org", password)).IsSignedIn());
    }

    [Fact]
    public async Task Create_admin_takes_a_password_piped_to_the_portal_command()
    {
        await fixture.ResetAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CommandStop();
        const string password = "a piped passphrase for the admin";

        var exit = await PortalCommands.RunAsync(
            ["create-admin", "piped.admin@example.org", $"--ConnectionStrings:Seminar={fixture.ConnectionString}"],
            new StringReader(password + "\n"), output, error, interactive: false, stop);

        Assert.True(exit == 0, error.ToString());
        Assert.Equal("Created piped.admin@example.org (Admin).\nIts password is the one given on standard input.\n", output.ToString().ReplaceLineEndings("\n"));
        using var client = fixture.Portal.CreateClient();
        Assert.True((await client.SignInAsync("piped.admin@example.org", password)).IsSignedIn());
    }

    [Theory]
    [InlineData("create-user", "someone@example.org", "Superuser")]
    [InlineData("create-admin", "", "")]
    public async Task Unknown_roles_and_missing_addresses_are_refused(string command, string email, string role)
    {
        using var error = new StringWriter();
        string[] args = [command, .. new[] { email, role }.Where(a => a.Length > 0)];

        var exit = await CreateAccountCommand.RunAsync(args, TextReader.Null, TextWriter.Null, error, interactive: true);

        Assert.Equal(2, exit);
        Assert.NotEmpty(error.ToString());
    }
}
