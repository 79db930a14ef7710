using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Editing;

[Collection(PortalTestGroup.Name)]
public sealed class EditingTests(PortalServer portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_new_seminar_with_the_title_of_an_archived_one_is_named_before_anything_is_saved()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.GotoAsync("/en/edit/meetings/new");
        await Page.WaitForFormAsync();

        await Page.GetByLabel("First day").FillAsync("2025-01-10");
        await Page.Locator("#meeting-zh-title").FillAsync("党组学习会：科研诚信（示例记录）");
        await Page.Locator("#meeting-en-present").CheckAsync();
        await Page.Locator("#meeting-en-title").FillAsync("A study session entered again");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        var notice = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The archive already holds a seminar that looks the same" });
        await Expect(notice.GetByRole(AriaRole.Link, new() { Name = "2023-06-15-party-group-study-session-sample" })).ToBeVisibleAsync();
        await ScreenshotAsync("edit-duplicate-seminar");
        Assert.EndsWith("/edit/meetings/new", Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_creates_a_seminar_with_two_speakers_two_speeches_and_themes_publishes_it_and_a_reader_sees_it()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Editing workspace", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("edit-01-workspace");

        await Page.GetByRole(AriaRole.Link, new() { Name = "New seminar" }).ClickAsync();
        await Page.WaitForFormAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(Page.GetByText("Enter the date the seminar was held.")).ToBeVisibleAsync();
        await ScreenshotAsync("edit-02-validation");

        await Page.GetByLabel("First day").FillAsync("2025-03-14");
        await Page.Locator("#meeting-zh-title").FillAsync("2025年第一次党组务虚研讨会");
        await Page.Locator("#meeting-en-present").CheckAsync();
        await Page.Locator("#meeting-en-title").FillAsync("First strategy seminar of 2025");
        await Page.GetByLabel("Place (English)").FillAsync("Beijing");
        await Page.Locator("#meeting-zh-minutes").FillAsync("会议强调，要**坚持**四个面向。");
        await Page.PickThemeAsync("meeting", "Basic research");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();
        await Page.PickAsync("#participant-1-person", "xiankang", "Dou Xiankang · 窦贤康");
        await Page.Locator("#participant-1-position-en").FillAsync("Director");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a participant" }).ClickAsync();
        await Page.Locator("#participant-2-role").SelectOptionAsync("KeynoteSpeaker");
        await Page.Locator(".participant").Nth(1).GetByRole(AriaRole.Button, new() { Name = "New person…" }).ClickAsync();
        await Page.GetByLabel("English name (or pinyin)").FillAsync("Wang Lan");
        await Page.GetByLabel("Chinese name").FillAsync("王岚");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#participant-2-person")).ToHaveValueAsync("Wang Lan · 王岚");
        await Page.Locator(".participant").Nth(1).GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Expect(Page.Locator("#participant-1-person")).ToHaveValueAsync("Wang Lan · 王岚");
        await Page.Locator(".participant").Nth(0).GetByRole(AriaRole.Button, new() { Name = "Move down" }).PressAsync("Enter");
        await Expect(Page.Locator("#participant-1-person")).ToHaveValueAsync("Dou Xiankang · 窦贤康");
        await ScreenshotAsync("edit-03-new-seminar");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(WorkspacePages.SeminarAddress());
        var slug = WorkspacePages.SeminarAddress().Match(Page.Url).Groups["slug"].Value;
        Assert.Equal("2025-03-14-first-strategy-seminar-of-2025", slug);

        await Page.AddSpeechAsync(slug, "Dou Xiankang · 窦贤康", "主持讲话", "要**加强**基础研究。\n\n- 第一\n- 第二", "Basic research");
        await ScreenshotAsync("edit-04-speech");
        await Page.AddSpeechAsync(slug, "Wang Lan · 王岚", "主旨报告", "科学基金改革。", "Talent");

        await Page.GotoAsync($"/en/edit/meetings/{slug}");
        await Page.WaitForFormAsync();
        var speeches = Page.GetByRole(AriaRole.Region, new() { Name = "Speeches and reports" });
        await Expect(speeches.Locator(".speech-card")).ToHaveCountAsync(2);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview as a reader sees it" }).ClickAsync();
        await Expect(Page.Locator(".preview article.speech")).ToHaveCountAsync(2);
        await ScreenshotAsync("edit-05-preview");

        await using (var anonymous = await NewReaderAsync())
        {
            Assert.Equal(404, (await anonymous.Page.GotoAsync($"/en/meetings/{slug}"))!.Status);
        }

        await Page.SaveAsync("Publish");
        await Expect(Page.Locator(".status-actions .status")).ToContainTextAsync("Published");
        await ScreenshotAsync("edit-06-published");

        await using var reader = await NewReaderAsync();
        await reader.Page.GotoAsync($"/en/meetings/{slug}");
        await Expect(reader.Page.GetByRole(AriaRole.Heading, new() { Name = "First strategy seminar of 2025", Level = 1 })).ToBeVisibleAsync();
        await Expect(reader.Page.Locator("article.speech")).ToHaveCountAsync(2);
        await Expect(reader.Page.Locator("article.speech").First.Locator(".prose strong")).ToHaveTextAsync("加强");
        await Expect(reader.Page.GetByRole(AriaRole.Region, new() { Name = "Participants" })).ToContainTextAsync("Wang Lan");
        await reader.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "edit-07-reader-sees-it.png"), FullPage = true });
    }

    [Fact]
    public async Task Two_editors_on_one_speech_the_second_sees_the_conflict_and_keeps_their_text()
    {
        var first = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        var second = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(first);
        var slug = await Page.CreateSeminarAsync("Conflict seminar", "冲突测试", "2025-04-01");
        await Page.AddSpeechAsync(slug, "Dou Xiankang · 窦贤康", "讲话", "Basic research is the source of innovation.");
        var speechAddress = new Uri(Page.Url).AbsolutePath;

        await using var other = await NewReaderAsync();
        await other.Page.SignInAsync(second);
        await other.Page.GotoAsync(speechAddress);
        await other.Page.WaitForFormAsync();
        await Expect(other.Page.Locator("#speech-zh-body")).ToHaveValueAsync("Basic research is the source of innovation.");

        await Page.Locator("#speech-zh-body").FillAsync("Basic research is the wellspring of innovation.");
        await Page.SaveAsync("Save speech");

        const string mine = "Basic research is the source of all innovation and talent.";
        await other.Page.Locator("#speech-zh-body").FillAsync(mine);
        await other.Page.GetByRole(AriaRole.Button, new() { Name = "Save speech" }).ClickAsync();

        var conflict = other.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "another editor changed this record" });
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict.Locator("del")).ToContainTextAsync(["source"]);
        await Expect(conflict.Locator("ins")).ToContainTextAsync(["wellspring"]);
        await Expect(other.Page.Locator("#speech-zh-body")).ToHaveValueAsync(mine);
        await other.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "edit-08-conflict.png"), FullPage = true });

        await other.Page.ReloadAsync();
        await Expect(other.Page.GetByRole(AriaRole.Heading, new() { Name = "You have unsaved changes" })).ToBeVisibleAsync();
        await other.Page.GetByRole(AriaRole.Button, new() { Name = "Restore my unsaved changes" }).ClickAsync();
        await Expect(other.Page.Locator("#speech-zh-body")).ToHaveValueAsync(mine);
    }

    [Fact]
    public async Task Reloading_mid_edit_offers_the_draft_back()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        var slug = await Page.CreateSeminarAsync("Draft seminar", "草稿测试", "2025-05-01");

        const string typed = "## 纪要\n\n会议认为，要持续深化科学基金改革。";
        await Page.Locator("#meeting-en-title").FillAsync("Draft seminar, renamed");
        await Page.Locator("#meeting-zh-minutes").FillAsync(typed);

        // The preview shows the minutes once the server has them; by then the draft keeper
        // knows of the change, and says when it has kept it.
        await Expect(Page.Locator(".markdown-field__preview h2").First).ToHaveTextAsync("纪要");
        await Expect(Page.Locator(".autosave[data-state=kept]")).ToContainTextAsync("Unsaved changes kept as a draft");

        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You have unsaved changes" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#meeting-zh-minutes")).ToHaveValueAsync("");

        // The offer shows what the draft holds, the saved value beside the draft's.
        var title = Page.Locator(".draft-changes tbody tr").Filter(new() { HasText = "Title · English version" }).Locator("td");
        await Expect(title).ToHaveTextAsync(["Draft seminar", "Draft seminar, renamed"]);
        var minutes = Page.Locator(".draft-changes tbody tr").Filter(new() { HasText = "Minutes · Chinese version" }).Locator("td");
        await Expect(minutes.First).ToHaveTextAsync("(empty)");
        await Expect(minutes.Last).ToContainTextAsync("会议认为，要持续深化科学基金改革。");
        await ScreenshotAsync("edit-09-draft-offered");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Restore my unsaved changes" }).ClickAsync();

        await Expect(Page.Locator("#meeting-zh-minutes")).ToHaveValueAsync(typed);
        await Expect(Page.Locator("#meeting-en-title")).ToHaveValueAsync("Draft seminar, renamed");
        await Expect(Page.Locator(".markdown-field__preview h2").First).ToHaveTextAsync("纪要");
        await Page.SaveAsync("Save draft");

        await Page.ReloadAsync();
        await Page.WaitForFormAsync();
        await Expect(Page.Locator("#meeting-zh-minutes")).ToHaveValueAsync(typed);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You have unsaved changes" })).ToHaveCountAsync(0);
        Assert.EndsWith(slug, new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_300_KB_speech_pasted_into_the_editor_saves_whole()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        var slug = await Page.CreateSeminarAsync("Long speech seminar", "长篇讲话", "2025-06-01");
        await Page.AddSpeechAsync(slug, "Dou Xiankang · 窦贤康", "长篇讲话", "Short for now.");
        var text = LongMarkdown(300 * 1024);

        // The whole text at once and one input event, as a paste delivers it to the page (Chromium's
        // editing commands, behind Fill and InsertText, take minutes over 300 KB on a shared machine).
        var body = Page.Locator("#speech-zh-body");
        await Expect(body).ToBeEditableAsync();
        await body.EvaluateAsync("(e, text) => { e.value = text; e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })); }", text);
        await Expect(Page.Locator(".markdown-field .size").First).ToContainTextAsync(text.Length.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        await Page.SaveAsync("Save speech");
        await ScreenshotAsync("edit-10-long-speech", fullPage: false);

        await Page.ReloadAsync();
        await Page.WaitForFormAsync();
        await Expect(body).Not.ToHaveValueAsync("Short for now.");

        // A long text reaches the reloaded form as a stream after the form renders: until then
        // the field is empty, which is not the old text either.
        await Page.WaitForFunctionAsync("length => document.querySelector('#speech-zh-body').value.length >= length", text.Length);
        var saved = await body.EvaluateAsync<string>("e => e.value");
        Assert.Equal(text.Length, saved.Length);
        Assert.Equal(text, saved);
        Assert.True(Encoding.UTF8.GetByteCount(saved) >= 300 * 1024);
    }

    private async Task<ReaderWindow> NewReaderAsync()
    {
        var context = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString(), Locale = "en-GB" });
        return new ReaderWindow(context, await context.NewPageAsync());
    }

    private static string LongMarkdown(int bytes)
    {
        var text = new StringBuilder();
        for (var i = 1; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"## 第{i}部分\n\n坚持**“四个面向”**，加强基础研究，推进科学基金深化改革。\n\n");
        }

        return text.ToString();
    }

    /// <summary>A second browser window (its own cookies): another editor, or an anonymous reader.</summary>
    private sealed class ReaderWindow(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        public IPage Page => page;

        public ValueTask DisposeAsync() => new(context.CloseAsync());
    }
}
