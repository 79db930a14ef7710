using Microsoft.Playwright;
using Npgsql;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Editing;

/// <summary>An Admin withdraws an editor's access while the editor's page is open.</summary>
[Collection(PortalTestGroup.Name)]
public sealed class AccessWithdrawalTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task An_editor_locked_while_editing_is_refused_at_the_next_save_and_keeps_the_text()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        var admin = await Portal.CreateAccountAsync(SeminarRoles.Admin);
        await Page.SignInAsync(editor);
        await Page.CreateSeminarAsync("Withdrawn seminar", "撤销测试", "2025-06-01");
        const string typed = "会议要求，编辑权限撤销后输入的文字不得丢失。";
        await Page.Locator("#meeting-zh-minutes").FillAsync(typed);

        // The Admin locks the editor's account in another browser, through the admin pages.
        await using (var adminContext = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString() }))
        {
            var adminPage = await adminContext.NewPageAsync();
            await adminPage.SignInAsync(admin);
            await adminPage.GotoAsync("/en/admin/accounts");
            await adminPage.GetByRole(AriaRole.Link, new() { Name = editor.Email }).ClickAsync();
            await adminPage.GetByRole(AriaRole.Button, new() { Name = "Lock account" }).ClickAsync();
            await Expect(adminPage.GetByText("This account is locked and cannot sign in.")).ToBeVisibleAsync();
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();

        await Expect(Page.Locator("[data-saves]")).ToContainTextAsync("access to editing was withdrawn");
        await Expect(Page.Locator("#meeting-zh-minutes")).ToHaveValueAsync(typed);
        await Page.Locator("[data-saves]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync("edit-access-withdrawn", fullPage: false);
        Assert.Contains(typed, await DraftOfAsync(editor.Email), StringComparison.Ordinal);
        Assert.DoesNotContain(typed, await MinutesInArchiveAsync(), StringComparison.Ordinal);
    }

    private async Task<string> DraftOfAsync(string email)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(payload, ' ') FROM edit_drafts WHERE editor = @editor", connection);
        command.Parameters.AddWithValue("editor", email);
        // The draft is JSON, which may write Chinese as \u escapes.
        return System.Text.RegularExpressions.Regex.Unescape(await command.ExecuteScalarAsync() as string ?? "");
    }

    private async Task<string> MinutesInArchiveAsync()
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(string_agg(minutes_markdown, ' '), '') FROM meeting_texts", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
