using Microsoft.EntityFrameworkCore;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.IntegrationTests.Accounts;

[Collection(DatabaseTestGroup.Name)]
public sealed class AccountAdministrationTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task An_admin_creates_an_account_whose_password_is_shown_once_and_signs_in()
    {
        await fixture.ResetAsync();
        using var admin = await fixture.Portal.SignedInClientAsync(SeminarRoles.Admin);

        var page = await FormPost.SubmitAsync(admin, "/en/admin/accounts", "create-account", new Dictionary<string, string>
        {
            ["Input.Email"] = "new.editor@example.org",
            ["Input.Editor"] = "true",
        });

        var password = page.Document.QuerySelector("code.generated-password")?.TextContent;
        Assert.NotNull(password);
        Assert.Equal(20, password.Length);
        Assert.Contains("new.editor@example.org", page.Text, StringComparison.Ordinal);
        var again = await HtmlPage.GetAsync(admin, "/en/admin/accounts");
        Assert.DoesNotContain(password, again.Text, StringComparison.Ordinal);

        using var editor = fixture.Portal.CreateClient();
        Assert.True((await editor.SignInAsync("new.editor@example.org", password)).IsSignedIn());
        await using var db = fixture.CreateDbContext();
        var actions = await db.AuditEntries.Where(e => e.TargetKey == "new.editor@example.org").Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditActions.Created, actions);
        Assert.Contains(AuditActions.RoleAdded, actions);
    }

    [Fact]
    public async Task Role_changes_and_locks_take_effect_and_are_audited()
    {
        await fixture.ResetAsync();
        using var admin = await fixture.Portal.SignedInClientAsync(SeminarRoles.Admin);
        var staff = await fixture.Portal.CreateAccountAsync(SeminarRoles.Staff);
        var url = $"/en/admin/accounts/{staff.Id}";

        await FormPost.SubmitAsync(admin, url, "account-roles", new Dictionary<string, string> { ["Roles.Editor"] = "true" });
        var locked = await FormPost.SubmitAsync(admin, url, "account-lock", new Dictionary<string, string>());

        Assert.Contains("This account is locked", locked.Text, StringComparison.Ordinal);
        using var client = fixture.Portal.CreateClient();
        Assert.Contains("locked", (await client.SignInAsync(staff.Email, staff.Password)).Text, StringComparison.Ordinal);

        var unlocked = await FormPost.SubmitAsync(admin, url, "account-lock", new Dictionary<string, string>());
        Assert.Contains("This account can sign in", unlocked.Text, StringComparison.Ordinal);
        Assert.True((await client.SignInAsync(staff.Email, staff.Password)).IsSignedIn());

        await using var db = fixture.CreateDbContext();
        var changes = await db.AuditEntries.Where(e => e.TargetKey == staff.Email && e.UserId != null && e.UserId != staff.Id)
            .OrderBy(e => e.Id).Select(e => e.Action + " " + e.Detail).ToListAsync();
        Assert.Equal(
            [$"{AuditActions.RoleAdded} Editor", $"{AuditActions.RoleRemoved} Staff", $"{AuditActions.Locked} ", $"{AuditActions.Unlocked} "],
            changes);
    }

    [Fact]
    public async Task The_audit_log_is_paged_newest_first()
    {
        await fixture.ResetAsync();
        await using (var db = fixture.CreateDbContext())
        {
            var start = DateTimeOffset.UtcNow.AddDays(-1);
            for (var i = 0; i < 60; i++)
            {
                db.AuditEntries.Add(new() { At = start.AddMinutes(i), Action = "test.happened", TargetType = "test", TargetKey = $"entry-{i:00}" });
            }

            await db.SaveChangesAsync();
        }

        using var admin = await fixture.Portal.SignedInClientAsync(SeminarRoles.Admin);

        var first = await HtmlPage.GetAsync(admin, "/en/admin/audit");
        var second = await HtmlPage.GetAsync(admin, "/en/admin/audit?page=2");

        var firstRows = first.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(50, firstRows.Count);
        Assert.Contains(AuditActions.SignedIn, firstRows[0], StringComparison.Ordinal);
        Assert.Contains("entry-59", firstRows[1], StringComparison.Ordinal);
        Assert.Contains("entry-10", second.Document.QuerySelectorAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
    }
}
