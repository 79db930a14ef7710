using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Curation;

namespace NsfcSeminar.IntegrationTests.History;

[Collection(DatabaseTestGroup.Name)]
public sealed class HistoryPageTests(DatabaseFixture fixture)
{
    public static TheoryData<string> EditorPages =>
    [
        "/en/edit/themes", "/zh/edit/people", "/en/edit/organisations", "/en/edit/translations",
        "/en/edit/themes/talent/history", "/en/edit/themes/talent/history/compare?from=1&to=2",
    ];

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = fixture.Portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{url[..3]}/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Staff_are_refused(string url)
    {
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Staff);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Contains("/account/access-denied", page.Address.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sees_who_saved_each_revision_and_the_words_changed_between_any_two()
    {
        await fixture.ResetAsync();
        var theme = await SaveThemeTwiceAsync("Research integrity is the basis.", "Research integrity and ethics are the basis.");
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var history = await HtmlPage.GetAsync(client, $"/en/edit/themes/{theme}/history");
        var compare = await HtmlPage.GetAsync(client, $"/en/edit/themes/{theme}/history/compare?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, history.Status);
        var rows = history.Document.QuerySelectorAll("table.history tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("system", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Description", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, compare.Status);
        Assert.Contains(compare.Document.QuerySelectorAll(".word-diff ins"), ins => ins.TextContent.Contains("ethics", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Science fund reform")]
    [InlineData("zh", "科学基金改革")]
    public async Task A_changed_reference_reads_as_the_records_name_in_the_readers_language(string language, string parentName)
    {
        await fixture.ResetAsync();
        var commands = fixture.Service<ThemeCommands>();
        await commands.SaveAsync(new ThemeInput { Slug = "science-fund-reform", NameEn = "Science fund reform", NameZh = "科学基金改革" }, default);
        var talent = await commands.SaveAsync(new ThemeInput { Slug = "talent", NameEn = "Talent", NameZh = "人才" }, default);
        await using (var db = fixture.CreateDbContext())
        {
            var parent = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Slug == "science-fund-reform");
            var theme = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Slug == talent.Record);
            await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = "talent", NameEn = "Talent", NameZh = "人才", ParentId = parent.Id }, default);
        }

        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        var compare = await HtmlPage.GetAsync(client, $"/{language}/edit/themes/talent/history/compare?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, compare.Status);
        var added = Assert.Single(compare.Document.QuerySelectorAll(".revision-diff ins"));
        Assert.EndsWith(parentName, added.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("science-fund-reform", compare.Document.QuerySelector(".revision-diff")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speech_has_its_history_at_its_seminars_address_and_its_anchor_and_links_to_where_it_is_read_and_edited()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);
        const string speech = "meetings/2024-11-16-party-group-strategy-seminar/speeches/presiding-speech-dou-xiankang";

        var history = await HtmlPage.GetAsync(client, $"/en/edit/{speech}/history");
        var missing = await HtmlPage.GetAsync(client, "/en/edit/meetings/2024-11-16-party-group-strategy-seminar/speeches/no-such-speech/history");

        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.NotEmpty(history.Document.QuerySelectorAll("table.history tbody tr"));
        var links = history.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("meetings/2024-11-16-party-group-strategy-seminar#presiding-speech-dou-xiankang", links);
        Assert.Contains($"edit/{speech}", links);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task Restoring_through_the_page_adds_a_revision_by_the_signed_in_editor_and_an_audit_line()
    {
        await fixture.ResetAsync();
        var theme = await SaveThemeTwiceAsync("First description.", "Second description.");
        var editor = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        using var client = await fixture.Portal.SignedInClientAsync(editor);

        var page = await FormPost.SubmitAsync(client, $"/en/edit/themes/{theme}/history", "restore", new Dictionary<string, string> { ["RestoreNumber"] = "1" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var newest = page.Document.QuerySelector("table.history tbody tr")!.TextContent;
        Assert.Contains("Restored revision 1", newest, StringComparison.Ordinal);
        Assert.Contains(editor.Email, newest, StringComparison.Ordinal);
        await using var db = fixture.CreateDbContext();
        Assert.Equal("First description.", (await db.ReformThemes.SingleAsync(t => t.Slug == theme)).Description.En);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "theme.restored");
        Assert.Equal((editor.Id, theme, "revision 3: Description"), (audit.UserId, audit.TargetKey, audit.Detail));
    }

    [Fact]
    public async Task The_theme_editor_page_renders_the_hierarchy_for_an_editor()
    {
        await fixture.ResetWithSampleArchiveAsync();
        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var page = await HtmlPage.GetAsync(client, "/zh/edit/themes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("基础研究", page.Text, StringComparison.Ordinal);
        Assert.NotEmpty(page.Document.QuerySelectorAll("ul.curation-tree ul.curation-tree li"));
    }

    [Fact]
    public async Task The_translations_page_counts_what_is_missing_per_language_and_links_to_the_editor()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            await ArchiveBuilder.Person("Only English").SaveAsync(db);
        }

        using var client = await fixture.Portal.SignedInClientAsync(SeminarRoles.Editor);

        var page = await HtmlPage.GetAsync(client, "/en/edit/translations");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Chinese: 1 missing", page.Text, StringComparison.Ordinal);
        Assert.Contains("English: 0 missing", page.Text, StringComparison.Ordinal);
        Assert.Contains(page.Links, link => link.StartsWith("/edit/people?person=only-english", StringComparison.Ordinal));
    }

    private async Task<string> SaveThemeTwiceAsync(string first, string second)
    {
        var commands = fixture.Service<ThemeCommands>();
        var created = await commands.SaveAsync(new ThemeInput { Slug = "talent", NameEn = "Talent", NameZh = "人才", DescriptionEn = first }, default);
        await using var db = fixture.CreateDbContext();
        var theme = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Slug == created.Record);
        await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = theme.Slug, NameEn = "Talent", NameZh = "人才", DescriptionEn = second }, default);
        return theme.Slug;
    }
}
