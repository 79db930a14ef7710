using Microsoft.Extensions.Options;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Mail;

namespace NsfcSeminar.IntegrationTests.Alerts;

/// <summary>Mail settings are checked when the portal starts, not at the first mail a reader waits for.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MailSettingsTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_mail_sender_that_is_no_address_stops_the_portal_at_start_up_naming_the_setting()
    {
        await using var portal = new PortalFactory(database.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Seminar:Mail:Host"] = "127.0.0.1",
            ["Seminar:Mail:From"] = "the seminar office",
            ["Seminar:Mail:Port"] = "70000",
        });

        var refusal = Assert.Throws<OptionsValidationException>(() => portal.CreateClient().Dispose());

        Assert.Contains(refusal.Failures, f => f.Contains("Seminar:Mail:From", StringComparison.Ordinal));
        Assert.Contains(refusal.Failures, f => f.Contains("Seminar:Mail:Port", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_mail_host_registration_is_closed_and_says_why()
    {
        await database.ResetAsync();
        using var client = database.Portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/en/account/register");

        Assert.Contains("Registration is closed", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form input[name='_handler'][value='register']"));
        Assert.False(database.Portal.Services.GetService(typeof(MailSender)) is MailSender { IsConfigured: true });
    }
}
