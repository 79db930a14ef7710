using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Editing;

[Collection(PortalTestGroup.Name)]
public sealed class OnePageTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Two_speeches_are_added_for_the_speakers_written_inline_and_saved_with_a_new_seminar()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.GotoAsync("/en/edit/meetings/new");
        await Page.WaitForFormAsync();
        await Page.GetByLabel("First day").FillAsync("2025-09-09");
        await Page.Locator("#meeting-zh-title").FillAsync("一页式录入测试研讨会");
        await Page.GetByLabel("Address (slug)").FillAsync("2025-09-09-one-page-entry");

        // Participants are added by typing a name; each takes the role of the one before.
        await Page.PickAsync("#participant-add-person", "xiankang", "Dou Xiankang · 窦贤康", added: true);
        await Page.PickAsync("#participant-add-person", "zhongfan", "Liu Zhongfan · 刘忠范", added: true);
        await Page.Locator("#participant-2-role").SelectOptionAsync("KeynoteSpeaker");
        await Expect(Page.Locator("#participant-2-honorific")).ToContainTextAsync("Academician");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a speech for each speaker without one" }).ClickAsync();
        var cards = Page.Locator(".speech-card");
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(Page.Locator("#speech-1-person")).ToHaveValueAsync("Dou Xiankang · 窦贤康");
        await Expect(Page.Locator("#speech-1-kind")).ToHaveValueAsync("PresidingSpeech");
        await Expect(Page.Locator("#speech-2-person")).ToHaveValueAsync("Liu Zhongfan · 刘忠范");
        await Expect(Page.Locator("#speech-2-kind")).ToHaveValueAsync("Keynote");

        // The seminar is recorded in Chinese only, and so are its speeches.
        await Expect(Page.Locator("#speech-1-en-present")).Not.ToBeCheckedAsync();
        await Page.Locator("#speech-1-zh-body").FillAsync("要**加强**基础研究。");
        await Page.Locator("#speech-2-zh-body").FillAsync("科学基金改革的几点思考。");
        await Expect(Page.Locator(".markdown-field", new() { Has = Page.Locator("#speech-2-zh-body") }).Locator(".markdown-field__preview")).ToContainTextAsync("科学基金改革");
        await ScreenshotAsync("one-page-01-speeches-inline");

        await Page.SaveAsync("Save draft");
        await Expect(Page).ToHaveURLAsync(WorkspacePages.SeminarAddress());
        await Expect(Page.Locator("[data-speech-saves='1']")).ToHaveCountAsync(2);

        // Saved once, the seminar links to its history by its address, without a reload.
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }))
            .ToHaveAttributeAsync("href", "edit/meetings/2025-09-09-one-page-entry/history");

        await Page.ReloadAsync();
        await Page.WaitForFormAsync();
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(Page.Locator("#speech-1-zh-body")).ToHaveValueAsync("要**加强**基础研究。");
        await Expect(Page.Locator("#speech-1-kind")).ToHaveValueAsync("PresidingSpeech");
        await Expect(Page.Locator("#speech-2-zh-body")).ToHaveValueAsync("科学基金改革的几点思考。");
        await ScreenshotAsync("one-page-02-saved-and-reloaded");

        // One speech saved on its own, moved first; the order and the text stay after a reload.
        await Page.Locator("#speech-2-zh-body").FillAsync("科学基金改革的几点思考（修订）。");
        await cards.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Save speech" }).ClickAsync();
        await Expect(cards.Nth(1).Locator("[data-speech-saves]")).ToHaveTextAsync("Saved.");
        await cards.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(cards.Nth(0).Locator("textarea[id$='-zh-body']")).ToHaveValueAsync("科学基金改革的几点思考（修订）。");
        await Page.ReloadAsync();
        await Page.WaitForFormAsync();
        await Expect(Page.Locator("#speech-1-zh-body")).ToHaveValueAsync("科学基金改革的几点思考（修订）。");
        await Expect(Page.Locator("#speech-1-kind")).ToHaveValueAsync("Keynote");
    }
}
