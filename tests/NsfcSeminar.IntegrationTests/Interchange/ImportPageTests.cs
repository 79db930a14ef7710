using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Interchange;

[Collection(DatabaseTestGroup.Name)]
public sealed class ImportPageTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_staff_are_refused()
    {
        await fixture.ResetAsync();
        using var anonymous = fixture.Portal.CreateClient(new() { AllowAutoRedirect = false });
        using var staff = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        using var response = await anonymous.GetAsync(Uploads.Page);
        var refused = await HtmlPage.GetAsync(staff, Uploads.Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/en/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async Task An_editor_sees_a_preview_that_writes_nothing_then_confirms_the_import()
    {
        await fixture.ResetAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var preview = await Uploads.UploadAsync(editor, "minimal.json", Bundles.Minimal);
        int meetingsAfterPreview;
        await using (var db = fixture.CreateDbContext())
        {
            meetingsAfterPreview = await db.Meetings.CountAsync();
        }

        var done = await Uploads.ConfirmAsync(editor, preview);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("What importing minimal.json would do", preview.Text, StringComparison.Ordinal);
        Assert.Equal(["1", "0", "0"], Row(preview, "Seminars"));
        Assert.Equal(0, meetingsAfterPreview);
        Assert.True(done.Text.Contains("Imported from minimal.json", StringComparison.Ordinal), $"{done.Status}: {done.Text}");
        Assert.Empty(done.Document.QuerySelectorAll("input[name='_handler'][value='confirm-import']"));
        await using var check = fixture.CreateDbContext();
        Assert.Equal(1, await check.Meetings.CountAsync(m => m.Slug == "2025-03-01-test-seminar"));
        Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.Action == "bundle.imported" && e.TargetKey == "minimal.json"));

        var again = await Uploads.UploadAsync(editor, "minimal.json", Bundles.Minimal);
        Assert.Equal(["0", "0", "1"], Row(again, "Seminars"));
    }

    [Fact]
    public async Task A_bad_bundle_shows_every_problem_and_offers_no_import()
    {
        await fixture.ResetAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle.Seminar()["organiser"] = "nobody";
        bundle["people"]![0]!["slug"] = "Bad Slug";

        var page = await Uploads.UploadAsync(editor, "bad.json", bundle.Bytes());

        var problems = page.Document.QuerySelectorAll(".import-problems li").Select(li => li.TextContent).ToList();
        Assert.Contains(problems, p => p.StartsWith("bad.json, people[0] (slug 'Bad Slug'), field 'slug'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("field 'organiser': refers to an organisation 'nobody'", StringComparison.Ordinal));
        Assert.Empty(page.Document.QuerySelectorAll("input[name='_handler'][value='confirm-import']"));
    }

    [Fact]
    public async Task The_preview_lists_every_bad_field_of_a_record_not_only_the_first()
    {
        await fixture.ResetAsync();
        using var editor = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var bundle = Bundles.Parse(Bundles.Minimal);
        bundle.Seminar()["startDate"] = "1st of March";
        bundle.Seminar()["sequenceNumber"] = "first";
        bundle.Seminar()["speeches"]![0]!["kind"] = "Sermon";
        bundle.Seminar()["organiser"] = "nobody";

        var page = await Uploads.UploadAsync(editor, "bad.json", bundle.Bytes());

        var fields = page.Document.QuerySelectorAll(".import-problems li")
            .Select(li => li.TextContent.Split("field '")[1].Split('\'')[0]).ToList();
        Assert.Equal(["sequenceNumber", "startDate", "speeches[0].kind", "organiser"], fields);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_a_clear_message()
    {
        await fixture.ResetAsync();
        await using var portal = fixture.Portal.WithWebHostBuilder(b => b.UseSetting("Interchange:MaxUploadMegabytes", "1"));
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        using var editor = portal.CreateClient();
        await editor.SignInAsync(account.Email, account.Password);

        var page = await Uploads.UploadAsync(editor, "big.json", new byte[(1024 * 1024) + 10]);

        Assert.Contains("The file is 1.0 MB; an upload may be at most 1 MB.", page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll(".import-counts"));
    }

    private static string[] Row(HtmlPage page, string section) =>
        [.. page.Document.QuerySelectorAll(".import-counts tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent == section)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim())];
}
