using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.EndToEnd.Accounts;

[Collection(PortalTestGroup.Name)]
public sealed class SignInTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task An_admin_signs_in_from_the_header_returns_to_the_page_and_reads_accounts_and_the_audit_log()
    {
        var admin = await Portal.CreateAccountAsync(SeminarRoles.Admin);
        await Page.GotoAsync("/en/themes");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByLabel("E-mail address").FillAsync(admin.Email);
        await Page.GetByLabel("Password").FillAsync(admin.Password);
        await ScreenshotAsync("accounts-01-sign-in");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/en/themes$"));
        await Expect(Page.Locator(".user-menu__name")).ToHaveTextAsync(admin.Email);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Accounts" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = admin.Email })).ToBeVisibleAsync();
        await ScreenshotAsync("accounts-02-admin-accounts");

        await Page.GetByLabel("E-mail address").FillAsync("new.staff@example.org");
        await Page.GetByLabel("Staff").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page.Locator("code.generated-password")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^.{20}$"));
        await ScreenshotAsync("accounts-03-account-created");

        await Page.GotoAsync("/en/admin/audit");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = AuditActions.SignedIn }).First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = AuditActions.Created }).First).ToBeVisibleAsync();
        await ScreenshotAsync("accounts-04-audit-log");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_staff_member_signs_in_in_chinese_and_is_offered_no_admin_pages()
    {
        var staff = await Portal.CreateAccountAsync(SeminarRoles.Staff);

        await Page.SignInAsync(staff, "zh");

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "退出登录" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "审计日志" })).ToHaveCountAsync(0);
        await Page.GotoAsync("/zh/account/sign-in");
        await ScreenshotAsync("accounts-05-sign-in-zh", fullPage: false);
    }
}
