using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Curation;

[Collection(PortalTestGroup.Name)]
public sealed partial class ThemeHistoryTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task An_editor_renames_a_theme_the_old_link_still_leads_there_and_the_history_shows_the_words_changed()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);

        // The editor opens on the theme the link names, once the page is interactive.
        await Page.GotoAsync("/en/edit/themes?theme=open-collaboration");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Edit theme" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("English name")).ToBeEnabledAsync();
        await Page.GetByLabel("English name").FillAsync("Open collaboration with partners abroad");
        await Page.GetByLabel("Chinese name").FillAsync("对外开放合作");
        await Page.GetByLabel("Address (slug)").FillAsync("open-collaboration-abroad");
        await ScreenshotAsync("history-01-theme-editor");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save theme" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("open-collaboration-abroad");

        // The old address answers 301 and the browser lands on the new one.
        await Page.GotoAsync("/en/themes/open-collaboration");
        await Expect(Page).ToHaveURLAsync(new Regex("/en/themes/open-collaboration-abroad$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Open collaboration with partners abroad", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("history-02-old-link-redirected", fullPage: false);

        await Page.GotoAsync("/en/edit/themes/open-collaboration-abroad/history");
        var newest = Page.GetByRole(AriaRole.Row).Nth(1);
        await Expect(newest).ToContainTextAsync(editor.Email);
        await Expect(newest).ToContainTextAsync("Name, Address (slug)");
        await ScreenshotAsync("history-03-revisions");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Changes in revision 2" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Revision 1 and revision 2");
        await Expect(Page.Locator("del").Filter(new() { HasText = "open-collaboration" }).First).ToBeVisibleAsync();
        await Expect(Page.Locator("ins").Filter(new() { HasText = "Open collaboration with partners abroad" })).ToBeVisibleAsync();
        await ScreenshotAsync("history-04-diff");

        // Putting it back is a restore, itself a revision; the other tests find the theme as it was.
        await Page.GotoAsync("/en/edit/themes/open-collaboration-abroad/history");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Restore revision 1" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/en/edit/themes/open-collaboration/history$"));
        await Expect(Page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Restored revision 1");
        await ScreenshotAsync("history-05-restored");

        await Page.GotoAsync("/zh/edit/themes/open-collaboration/history/compare?from=2&to=3");
        await Expect(Page.Locator("ins").Filter(new() { HasText = "开放合作" }).First).ToBeVisibleAsync();
        await ScreenshotAsync("history-06-diff-zh");
    }

    [Fact]
    public async Task An_editor_reads_what_lacks_a_translation_and_opens_the_person_editor_from_it()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);

        await Page.GotoAsync("/en/edit/translations");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Missing translations", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("history-07-missing-translations");

        // The seed does not give the Chinese name of Director Meilin: the list says so.
        await Page.GetByRole(AriaRole.Region, new() { Name = "Chinese" }).GetByRole(AriaRole.Link).Filter(new() { HasText = "Meilin" }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Edit person" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Chinese name")).ToBeEnabledAsync();
        await Expect(Page.GetByLabel("English name")).ToHaveValueAsync(new Regex("Meilin"));
        await ScreenshotAsync("history-08-person-editor");
    }
}
