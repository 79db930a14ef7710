using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Alerts;

/// <summary>The alert end to end: a reader saves a search, a record is published, the digest runs
/// and a mail reaches a real SMTP server (smtp4dev) with the new match and a working unsubscribe.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class AlertDigestTests(DatabaseFixture database, MailFixture mail) : IClassFixture<MailFixture>
{
    private static readonly TimeSpan NextDay = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_new_match_is_mailed_once_with_its_title_and_permalink_and_a_one_click_unsubscribe()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var word = Word();
        await using (var db = database.CreateDbContext())
        {
            await AlertArchive.PublishSpeechAsync(db, word, "A keynote from before the search was saved");
        }

        var reader = await portal.CreateAccountAsync(SeminarRoles.Reader);
        using var client = await portal.SignedInClientAsync(reader);
        var saved = await client.SaveSearchAsync($"/en/search?q={word}&kind=Keynote", "Quasicrystal keynotes", "Daily");
        Assert.Contains("Quasicrystal keynotes", saved.Text, StringComparison.Ordinal);
        var meeting = await PublishAsync(word, "Keynote on quasicrystals");

        var first = await portal.RunDigestAsync(NextDay);
        var second = await portal.RunDigestAsync(NextDay);

        var sent = Assert.Single(await mail.Mail.MailsToAsync(reader.Email));
        Assert.Equal((1, 1, 0), (first.SearchesProcessed, first.MailsSent, second.SearchesProcessed));
        Assert.Equal("NsfcSeminar: new matches for “Quasicrystal keynotes”", sent.Subject);
        var permalink = $"http://localhost/en/meetings/{meeting.Slug}#speech-keynote";
        Assert.Contains("Keynote on quasicrystals", sent.Text, StringComparison.Ordinal);
        Assert.Contains(permalink, sent.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{permalink}\">Keynote on quasicrystals</a>", sent.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("before the search was saved", sent.Text, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", sent.Headers["List-Unsubscribe-Post"]);

        // RFC 8058: the mail client's POST, with no cookie and no antiforgery token.
        using var mailClient = portal.CreateClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        using var response = await mailClient.PostAsync(sent.Headers["List-Unsubscribe"].Trim('<', '>'), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await PublishAsync(word, "A keynote after unsubscribing");
        var afterwards = await portal.RunDigestAsync(NextDay * 2);
        Assert.Equal(0, afterwards.SearchesProcessed);
        Assert.Single(await mail.Mail.MailsToAsync(reader.Email));
    }

    [Fact]
    public async Task Two_portals_running_the_digest_at_once_send_one_mail()
    {
        await database.ResetAsync();
        var (one, other) = (mail.Portal(database), mail.NewPortal(database));
        var word = Word();
        var reader = await one.CreateAccountAsync(SeminarRoles.Reader);
        using (var client = await one.SignedInClientAsync(reader))
        {
            await client.SaveSearchAsync($"/en/search?q={word}", "Two servers", "Daily");
        }

        await PublishAsync(word, "Keynote seen by two servers");

        var outcomes = await Task.WhenAll(one.RunDigestAsync(NextDay), other.RunDigestAsync(NextDay));

        Assert.Single(await mail.Mail.MailsToAsync(reader.Email));
        Assert.Equal(1, outcomes.Sum(o => o.MailsSent));
    }

    [Fact]
    public async Task After_downtime_one_digest_covers_what_was_missed_and_the_next_only_what_is_newer()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var word = Word();
        var reader = await portal.CreateAccountAsync(SeminarRoles.Reader);
        using (var client = await portal.SignedInClientAsync(reader))
        {
            await client.SaveSearchAsync($"/en/search?q={word}", "Weekly catch-up", "Weekly");
        }

        await PublishAsync(word, "First missed keynote");
        await PublishAsync(word, "Second missed keynote");

        // Three weeks down: one digest for the current week, not three.
        await portal.RunDigestAsync(TimeSpan.FromDays(21));
        await PublishAsync(word, "Keynote of the following week");
        await portal.RunDigestAsync(TimeSpan.FromDays(28));

        var mails = await mail.Mail.MailsToAsync(reader.Email);
        Assert.Equal(2, mails.Count);
        Assert.Contains("First missed keynote", mails[0].Text, StringComparison.Ordinal);
        Assert.Contains("Second missed keynote", mails[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("following week", mails[0].Text, StringComparison.Ordinal);
        Assert.Contains("Keynote of the following week", mails[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("missed keynote", mails[1].Text, StringComparison.Ordinal);

        using var admin = await portal.SignedInClientAsync(SeminarRoles.Admin);
        var progress = await HtmlPage.GetAsync(admin, "/en/admin/alerts");
        var rows = progress.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count(r => r[1] == "Weekly" && r[3] == "1" && r[4] == "1" && r[6] == "0"));
    }

    [Fact]
    public async Task A_tampered_unsubscribe_token_is_refused_and_the_mail_goes_on()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        var word = Word();
        var reader = await portal.CreateAccountAsync(SeminarRoles.Reader);
        using (var client = await portal.SignedInClientAsync(reader))
        {
            await client.SaveSearchAsync($"/en/search?q={word}", "Tamper", "Daily");
        }

        await PublishAsync(word, "Keynote for the tamper test");
        await portal.RunDigestAsync(NextDay);
        var address = Assert.Single(await mail.Mail.MailsToAsync(reader.Email)).Headers["List-Unsubscribe"].Trim('<', '>');
        var token = address[(address.IndexOf("?t=", StringComparison.Ordinal) + 3)..];
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        using var stranger = portal.CreateClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        using var refused = await stranger.PostAsync(address.Replace(token, tampered, StringComparison.Ordinal), body);
        var page = await HtmlPage.GetAsync(stranger, "/en/alerts/unsubscribe?t=" + tampered);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("This unsubscribe link is not valid", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
        await using var db = database.CreateDbContext();
        Assert.Null((await db.SavedSearches.SingleAsync()).UnsubscribedAt);
    }

    private async Task<NsfcSeminar.Data.Model.Meeting> PublishAsync(string word, string title)
    {
        await using var db = database.CreateDbContext();
        return await AlertArchive.PublishSpeechAsync(db, word, title);
    }

    /// <summary>A word no other test's records say.</summary>
    private static string Word() => "quasicrystal" + Guid.NewGuid().ToString("N")[..6];
}
