using Microsoft.Playwright;
using Npgsql;
using NsfcSeminar.EndToEnd.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;

namespace NsfcSeminar.EndToEnd.Editing;

/// <summary>"Saved." is said only of what the database holds, and what it holds is what the
/// editor saw when they pressed Save (issue 12).</summary>
[Collection(PortalTestGroup.Name)]
public sealed class SaveTruthTests(PortalServer portal) : BrowserTest(portal)
{
    private const string Speaker = "Dou Xiankang · 窦贤康";

    [Fact]
    public async Task A_text_pasted_the_moment_a_new_speech_form_shows_is_the_text_saved()
    {
        await Page.SignInAsync(await Portal.CreateAccountAsync(SeminarRoles.Editor));
        var slug = await Page.CreateSeminarAsync("Pasted at once", "立即粘贴", "2025-07-01");
        const string text = "会议指出，要**坚持**“四个面向”，加强基础研究。";

        // A busy machine, as when the empty save happened: the field's script arrives late.
        await Page.RouteAsync("**/StreamedTextArea.razor.js*", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await route.ContinueAsync();
        });
        await Page.GotoAsync($"/en/edit/meetings/{slug}/speeches/new");
        await Page.WaitForFormAsync();
        var body = Page.Locator("#speech-zh-body");

        // As an editor pastes the moment the field shows: before the page's script for the field
        // has loaded, the field is read-only and refuses the paste, rather than take it and then
        // overwrite it with the form's empty text.
        await body.FocusAsync();
        await Page.Keyboard.InsertTextAsync(text);
        await Expect(body).ToBeEditableAsync();
        if (await body.InputValueAsync() != text)
        {
            await body.FillAsync(text);
        }

        await Page.PickAsync("#speech-person", "xiankang", Speaker);
        await Page.Locator("#speech-zh-title").FillAsync("讲话");
        await Page.Locator("#speech-en-title").FillAsync("Speech");
        var onScreen = await Page.EvaluateAsync<string>("""
            () => {
                const text = document.querySelector('#speech-zh-body').value;
                document.querySelector('form.edit-form button[type=submit]').click();
                return text;
            }
            """);

        await Expect(Page.Locator("[data-saves]")).ToHaveAttributeAsync("data-saves", "1");
        await Expect(Page.Locator("[data-saves]")).ToHaveTextAsync("Saved.");
        Assert.Equal(text, onScreen);
        Assert.Equal([onScreen], await SpeechTextsAsync(slug));
        await Expect(body).ToHaveValueAsync(text);
    }

    [Fact]
    public async Task A_save_the_database_stores_differently_is_refused_and_the_text_stays_on_screen_and_in_the_draft()
    {
        var editor = await Portal.CreateAccountAsync(SeminarRoles.Editor);
        await Page.SignInAsync(editor);
        var slug = await Page.CreateSeminarAsync("Refused save", "拒绝保存", "2025-07-02");
        await Page.AddSpeechAsync(slug, Speaker, "讲话", "原来的正文。");
        var body = Page.Locator("#speech-zh-body");
        await Expect(body).ToBeEditableAsync();
        const string typed = "新的正文，数据库却存成了别的样子。[alter-me]";
        await body.FillAsync(typed);
        var savesBefore = await Page.Locator("[data-saves]").GetAttributeAsync("data-saves");

        await using (await AlteringTriggerAsync())
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "Save speech" }).ClickAsync();
            await Expect(Page.Locator(".notice--error[data-saves]")).ToContainTextAsync("Not saved: what the database stored differed from what is on screen");
        }

        await ScreenshotAsync("edit-save-refused", fullPage: false);
        await Expect(Page.Locator("[data-saves]")).ToHaveAttributeAsync("data-saves", savesBefore!);
        await Expect(body).ToHaveValueAsync(typed);
        Assert.Equal(["原来的正文。"], await SpeechTextsAsync(slug));
        Assert.Contains(typed, await DraftsOfAsync(editor.Email), StringComparison.Ordinal);

        await Page.SaveAsync("Save speech");
        Assert.Equal([typed], await SpeechTextsAsync(slug));
    }

    private async Task<List<string>> SpeechTextsAsync(string meetingSlug) => await QueryAsync(
        "SELECT t.body_markdown FROM speech_texts t JOIN speeches s ON s.id = t.speech_id JOIN meetings m ON m.id = s.meeting_id WHERE m.slug = @value AND t.language = 'zh'",
        meetingSlug);

    private async Task<string> DraftsOfAsync(string email) =>
        System.Text.RegularExpressions.Regex.Unescape(string.Join(' ', await QueryAsync("SELECT payload FROM edit_drafts WHERE editor = @value", email)));

    private async Task<List<string>> QueryAsync(string sql, string value)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("value", value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>Makes the database store a speech text holding "[alter-me]" with more appended:
    /// a fault between the form and the disk, made without any hook in the portal.</summary>
    private async Task<IAsyncDisposable> AlteringTriggerAsync()
    {
        await ExecuteAsync("""
            CREATE FUNCTION e2e_alter_speech_text() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.body_markdown LIKE '%[alter-me]%' THEN NEW.body_markdown := NEW.body_markdown || ' [altered]'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER e2e_alter_speech_text BEFORE INSERT OR UPDATE ON speech_texts FOR EACH ROW EXECUTE FUNCTION e2e_alter_speech_text();
            """);
        return new Dropping(() => ExecuteAsync("DROP TRIGGER e2e_alter_speech_text ON speech_texts; DROP FUNCTION e2e_alter_speech_text();"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Dropping(Func<Task> drop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await drop();
    }
}
