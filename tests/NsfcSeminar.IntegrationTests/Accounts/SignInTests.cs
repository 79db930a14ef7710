using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.IntegrationTests.Accounts;

[Collection(DatabaseTestGroup.Name)]
public sealed class SignInTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_right_password_signs_in_returns_to_the_page_asked_for_and_is_audited()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Admin);
        using var client = fixture.Portal.CreateClient();

        var login = await HtmlPage.GetAsync(client, "/zh/admin/audit");
        Assert.Equal("/zh/account/sign-in", login.Address.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fzh%2Fadmin%2Faudit", login.Address.Query);

        var page = await FormPost.SubmitAsync(client, login.Address.PathAndQuery, "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = account.Password,
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("/zh/admin/audit", page.Address.AbsolutePath);
        Assert.True(page.IsSignedIn());
        Assert.Contains(AuditActions.SignedIn, page.Text, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.SignedIn);
        Assert.Equal(account.Id, entry.UserId);
        Assert.Equal(account.Email, entry.TargetKey);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_whether_the_account_exists()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        using var client = fixture.Portal.CreateClient();

        var wrongPassword = await client.SignInAsync(account.Email, "not-the-password-at-all");
        var noSuchAccount = await client.SignInAsync("nobody@example.org", "not-the-password-at-all");

        Assert.False(wrongPassword.IsSignedIn());
        Assert.Equal(
            wrongPassword.Document.QuerySelector("[role=alert]")?.TextContent,
            noSuchAccount.Document.QuerySelector("[role=alert]")?.TextContent);
        Assert.Contains("wrong", wrongPassword.Text, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task Sign_out_is_a_post_with_an_antiforgery_token_and_is_audited()
    {
        await fixture.ResetAsync();
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        using (var forged = await client.PostAsync("/en/account/sign-out", new FormUrlEncodedContent([])))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.True((await HtmlPage.GetAsync(client, "/en/")).IsSignedIn());
        var home = await HtmlPage.GetAsync(client, "/en/");
        var token = home.Document.QuerySelector("form[action='account/sign-out'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var response = await client.PostAsync("/en/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var after = await HtmlPage.FromResponseAsync(response, client);

        Assert.Equal("/en/", after.Address.AbsolutePath);
        Assert.False(after.IsSignedIn());
        await using var db = fixture.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignedOut && e.UserId != null));
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Admin);
        using var client = fixture.Portal.CreateClient();

        using var response = await client.PostAsync("/en/account/sign-in", new FormUrlEncodedContent(
        [
            new("_handler", "sign-in"), new("Input.Email", account.Email), new("Input.Password", account.Password),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await HtmlPage.GetAsync(client, "/en/")).IsSignedIn());
    }

    // Over Kestrel, not the test server: Kestrel checks the characters of every header it writes
    // and the test server does not, so only there did "/\u3000/evil.example" answer 500.
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\u3000/evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\u2028/evil.example")]
    [InlineData("/en/\u0007")]
    [InlineData("/en/people/\u674e")]
    public async Task Sign_in_never_returns_to_another_site(string returnUrl)
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Staff);
        // Addressed by the test portal's public host name, which the host filter lets through.
        var port = FreePort();
        await using var portal = new PortalFactory(fixture.ConnectionString, initialiseDatabase: false);
        portal.UseKestrel(port);
        using var client = portal.CreateClient(new() { BaseAddress = new UriBuilder(PortalFactory.PublicAddress) { Port = port }.Uri });

        var page = await FormPost.SubmitAsync(client, $"/en/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(client.BaseAddress!.Authority, page.Address.Authority);
        Assert.Equal("/en/", page.Address.AbsolutePath);
        Assert.True(page.IsSignedIn());
    }

    [Fact]
    public async Task A_return_address_with_an_escaped_query_is_kept()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Staff);
        using var client = fixture.Portal.CreateClient();

        var page = await FormPost.SubmitAsync(client, $"/en/account/sign-in?ReturnUrl={Uri.EscapeDataString("/en/search?q=%E6%94%B9%E9%9D%A9")}", "sign-in",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = account.Password });

        Assert.Equal("/en/search", page.Address.AbsolutePath);
        Assert.Equal("?q=%E6%94%B9%E9%9D%A9", page.Address.Query);
        Assert.True(page.IsSignedIn());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
