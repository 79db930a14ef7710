using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Editing;

[Collection(PortalTestGroup.Name)]
public sealed class FindabilityTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task The_workspace_links_to_drafting_and_import_and_a_seminar_form_to_its_history_by_slug()
    {
        await Page.SignInAsync(await Portal.CreateAccountAsync(SeminarRoles.Editor));
        await Page.GotoAsync("/en/edit");
        var workspace = Page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" });
        await Expect(workspace.GetByRole(AriaRole.Link, new() { Name = "Draft a seminar from a press release" })).ToHaveAttributeAsync("href", "edit/drafts/from-release");
        await Expect(workspace.GetByRole(AriaRole.Link, new() { Name = "Import a bundle" })).ToHaveAttributeAsync("href", "edit/import");
        await ScreenshotAsync("edit-hub");

        var slug = await Page.CreateSeminarAsync("History by slug", "按地址查看历史", "2025-08-01");
        await Page.GotoAsync($"/en/edit/meetings/{slug}");
        await Page.WaitForFormAsync();
        await Page.Locator("#meeting-en-title").FillAsync("History by slug, renamed");
        await Page.SaveAsync("Save draft");

        await Page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/en/edit/meetings/{slug}/history$"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/en/edit/meetings/{slug}/history/compare"));
        await Expect(Page.Locator("main")).ToContainTextAsync("renamed");
        await ScreenshotAsync("edit-history-diff");
    }
}
