using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Drafting;

[Collection(PortalTestGroup.Name)]
public sealed class DraftFromReleaseTests(PortalServer portal) : BrowserTest(portal)
{
    private static string Release(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "NsfcSeminar.Web.Tests", "Features", "Drafting", "Releases", name));

    [Fact]
    public async Task An_editor_pastes_a_release_corrects_the_proposal_and_saves_a_draft_readers_cannot_see()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.GotoAsync("/en/edit/drafts/from-release");

        await Page.GetByLabel("Text of the press release").FillAsync(Release("en-2024-strategy-seminar.txt"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Propose a draft" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check before saving" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync("2024-11-16");
        await Expect(Page.GetByLabel("Place in English")).ToHaveValueAsync("Beijing");
        await Expect(Page.GetByLabel("Kind of meeting")).ToHaveValueAsync("StrategySeminar");
        await Page.GetByLabel("Title in Chinese").FillAsync("自然科学基金委党组2024年第二次务虚研讨会");
        await ScreenshotAsync("draft-from-release");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        // Saving a release's draft writes its people, speeches and revisions: under the full suite's
        // load on two cores it has taken longer than Playwright's default 30 s.
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/en/edit/meetings/[^/]+$"), new() { Timeout = 60_000 });
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("input[type=date]").First).ToHaveValueAsync("2024-11-16");
        await ScreenshotAsync("draft-opened-in-seminar-page");
        var slug = Uri.UnescapeDataString(new Uri(Page.Url).AbsolutePath.Split('/')[^1]);

        ExpectNotFoundResponse();
        var response = await Page.GotoAsync($"/en/meetings/{slug}");
        Assert.Equal(404, response!.Status);
    }
}
