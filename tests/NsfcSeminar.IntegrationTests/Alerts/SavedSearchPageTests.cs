using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.IntegrationTests.Alerts;

/// <summary>"My saved searches": saved from the search page with every filter, renamed, given
/// another frequency and deleted, each only by its owner.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SavedSearchPageTests(DatabaseFixture database, MailFixture mail) : IClassFixture<MailFixture>
{
    [Fact]
    public async Task A_search_is_saved_with_every_filter_in_the_readers_language()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        using var client = await portal.SignedInClientAsync(SeminarRoles.Reader);

        var search = await HtmlPage.GetAsync(client, "/zh/search?q=基础研究&kind=Keynote&from=2020&to=2024&lang=en&sort=date&page=2");
        var form = search.Document.QuerySelector(".save-search form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        var saved = await FormPost.SubmitAsync(
            client, "/zh/account/searches/new?" + string.Join("&", fields.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value ?? "")}")), "save-search",
            new Dictionary<string, string> { ["Input.Name"] = "基础研究主旨报告", ["Input.Frequency"] = "Weekly" });

        Assert.Equal(["q", "kind", "from", "to", "lang", "sort"], fields.Keys);
        Assert.Contains("基础研究主旨报告", saved.Text, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var stored = await db.SavedSearches.SingleAsync();
        Assert.Equal(("q=%E5%9F%BA%E7%A1%80%E7%A0%94%E7%A9%B6&kind=Keynote&from=2020-01-01&to=2024-12-31&lang=en&sort=date", Language.Zh, DigestFrequency.Weekly),
            (stored.Query, stored.Language, stored.Frequency));
    }

    [Fact]
    public async Task Anonymous_readers_are_offered_a_sign_in_link_instead_of_the_button()
    {
        await database.ResetAsync();
        using var client = mail.Portal(database).CreateClient();

        var search = await HtmlPage.GetAsync(client, "/en/search?q=reform");
        var mine = await client.GetAsync("/en/account/searches");

        Assert.Null(search.Document.QuerySelector(".save-search form"));
        Assert.Contains("/account/sign-in?ReturnUrl=%2Fen%2Fsearch%3Fq%3Dreform", search.Links);
        Assert.Contains("/account/sign-in", mine.RequestMessage!.RequestUri!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_renames_changes_and_deletes_a_saved_search_but_not_anothers()
    {
        await database.ResetAsync();
        var portal = mail.Portal(database);
        using var owner = await portal.SignedInClientAsync(SeminarRoles.Reader);
        using var other = await portal.SignedInClientAsync(SeminarRoles.Reader);
        await owner.SaveSearchAsync("/en/search?q=reform", "Reform", "Daily");
        await other.SaveSearchAsync("/en/search?q=talent", "Talent", "Daily");
        await using var db = database.CreateDbContext();
        var ids = await db.SavedSearches.OrderBy(s => s.Name).Select(s => s.Id).ToListAsync();
        var (reform, talent) = (ids[0], ids[1]);

        var renamed = await ChangeAsync(owner, reform, "Funding reform", "Weekly", "save");
        var list = await HtmlPage.GetAsync(owner, "/en/account/searches");
        var deleted = await ChangeAsync(owner, reform, "Funding reform", "Weekly", "delete");

        Assert.Contains("Your changes were saved.", renamed.Text, StringComparison.Ordinal);
        Assert.Contains("Funding reform", list.Text, StringComparison.Ordinal);
        Assert.Contains("A weekly e-mail", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Talent", list.Text, StringComparison.Ordinal);
        Assert.Contains("The saved search was deleted.", deleted.Text, StringComparison.Ordinal);
        Assert.Equal([talent], await db.SavedSearches.Select(s => s.Id).ToListAsync());

        // Another reader's post naming this search (their own antiforgery token, a handler their
        // page never showed): nothing is deleted.
        using var intruder = await portal.SignedInClientAsync(SeminarRoles.Reader);
        var page = await HtmlPage.GetAsync(intruder, "/en/account/searches");
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = SavedSearchesPageForm(talent),
            ["__RequestVerificationToken"] = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
            ["name"] = "Mine now",
            ["frequency"] = "Daily",
            ["action"] = "delete",
        });
        using var answer = await intruder.PostAsync("/en/account/searches", forged);
        Assert.DoesNotContain("The saved search was deleted.", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Talent"], await db.SavedSearches.Select(s => s.Name).ToListAsync());
    }

    [Fact]
    public async Task A_blank_name_is_refused_with_a_message_and_nothing_is_saved()
    {
        await database.ResetAsync();
        using var client = await mail.Portal(database).SignedInClientAsync(SeminarRoles.Reader);

        var page = await client.SaveSearchAsync("/en/search?q=reform", "   ", "Daily");

        Assert.Contains("Give the search a name", page.Text, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.False(await db.SavedSearches.AnyAsync());
    }

    private static Task<HtmlPage> ChangeAsync(HttpClient client, long id, string name, string frequency, string action) =>
        FormPost.SubmitAsync(client, "/en/account/searches", SavedSearchesPageForm(id), new Dictionary<string, string>
        {
            ["name"] = name,
            ["frequency"] = frequency,
            ["action"] = action,
        });

    private static string SavedSearchesPageForm(long id) => NsfcSeminar.Web.Features.Alerts.SavedSearchesPage.FormName(id);
}
