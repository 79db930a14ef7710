using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Security;

/// <summary>
/// Two instances of the portal over one database stand for two servers behind a load balancer,
/// or one server before and after a restart: neither shares memory with the other, only the
/// data protection keys kept in the database.
/// </summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class DataProtectionTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_signs_in_on_another_and_its_forms_post_there()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        var cookies = new CookieContainer();
        await using var other = new PortalFactory(fixture.ConnectionString);
        using var first = fixture.Portal.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies));
        using var second = other.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies));

        var signedIn = await first.SignInAsync(account.Email, account.Password);
        var home = await HtmlPage.GetAsync(second, "/zh/");

        Assert.True(signedIn.IsSignedIn());
        Assert.True(home.IsSignedIn(), "The second instance did not accept the first one's cookie.");

        // The antiforgery token the second instance wrote into its page is good on the first.
        var token = home.Document.QuerySelector("form[action='account/sign-out'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var signOut = await first.PostAsync("/zh/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode);
        Assert.False((await HtmlPage.GetAsync(second, "/zh/")).IsSignedIn());
    }

    [Fact]
    public async Task The_keys_live_in_the_database_under_the_portals_own_name()
    {
        using (var client = fixture.Portal.CreateClient())
        {
            // Any page with a form needs a key.
            await HtmlPage.GetAsync(client, "/en/account/sign-in");
        }

        await using var db = fixture.CreateDbContext();
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("<key ", key.Xml, StringComparison.Ordinal));

        // Not the content root path, which differs between a checkout, a container and a server.
        var options = fixture.Portal.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value;
        Assert.Equal("NsfcSeminar", options.ApplicationDiscriminator);
    }
}
