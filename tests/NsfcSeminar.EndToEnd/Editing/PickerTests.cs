using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Editing;

[Collection(PortalTestGroup.Name)]
public sealed class PickerTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_participant_is_found_and_picked_by_keyboard_and_its_stored_honorific_is_shown()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.GotoAsync("/en/edit/meetings/new");
        await Page.WaitForFormAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();

        var person = Page.GetByRole(AriaRole.Combobox, new() { Name = "Person", Exact = true });
        await person.FocusAsync();
        await Page.Keyboard.TypeAsync("zhong");
        var listbox = Page.GetByRole(AriaRole.Listbox);
        var offered = listbox.GetByRole(AriaRole.Option);
        await Expect(offered.First).ToContainTextAsync("Liu Zhongfan · 刘忠范");
        await Expect(offered.First.Locator(".picker__detail")).ToContainTextAsync("Academician 院士");
        await Expect(person).ToHaveAttributeAsync("aria-expanded", "true");
        await ScreenshotAsync("picker-01-typed", fullPage: false);

        // Escape closes the list and leaves nobody picked.
        await Page.Keyboard.PressAsync("Escape");
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(person).ToHaveValueAsync("");

        // The Chinese name finds him too; the arrow keys move through the list and Enter picks.
        await Page.Keyboard.TypeAsync("刘忠");
        await Expect(offered).ToHaveCountAsync(1);
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(person).ToHaveAttributeAsync("aria-activedescendant", "participant-1-person-option-0");
        await Expect(offered.First).ToHaveAttributeAsync("aria-selected", "true");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(person).ToHaveValueAsync("Liu Zhongfan · 刘忠范");
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(Page.Locator("#participant-1-honorific")).ToContainTextAsync("Academician");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit/meetings/new$"));
        await ScreenshotAsync("picker-02-picked", fullPage: false);

        // Themes are added the same way; with nothing typed, the arrow key browses them all.
        var theme = Page.Locator("#meeting-theme-add");
        await theme.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Page.Locator("#meeting-theme-add-listbox [role=option]")).Not.ToHaveCountAsync(0);
        await Page.Keyboard.TypeAsync("basic");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator(".theme-picker").GetByLabel("Basic research", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(theme).ToHaveValueAsync("");
    }
}
