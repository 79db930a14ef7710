using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Speeches;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>The save, conflict and draft states every edit form shares, driven as a page drives
/// them, against PostgreSQL and without a browser.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class EditSessionTests(DatabaseFixture fixture)
{
    private SpeechEditor Editor => fixture.Portal.Services.GetRequiredService<SpeechEditor>();

    private EditDraftStore Drafts => fixture.Portal.Services.GetRequiredService<EditDraftStore>();

    [Fact]
    public async Task The_second_editors_save_shows_what_changed_keeps_their_text_as_a_draft_and_taking_theirs_drops_it()
    {
        var speech = await SavedSpeechAsync("原文。");
        var (first, _) = await OpenAsync("ann@example.org", speech);
        var (second, keeper) = await OpenAsync("bob@example.org", speech);

        first.Input!.Text(Language.Zh).BodyMarkdown = "第一位编辑的正文。";
        Assert.Equal(SaveStatus.Stored, await first.SaveAsync(Steps(), default));
        second.Input!.Text(Language.Zh).BodyMarkdown = "第二位编辑的正文。";
        Assert.Equal(SaveStatus.Conflict, await second.SaveAsync(Steps(), default));

        Assert.Contains(second.Conflict!, field => field.Theirs == "第一位编辑的正文。");
        Assert.Equal("第二位编辑的正文。", second.Input.Text(Language.Zh).BodyMarkdown);
        var kept = InputJson.Deserialize<SpeechInput>((await Drafts.FindAsync("bob@example.org", second.RecordKey, default))!.Payload)!;
        Assert.Equal("第二位编辑的正文。", kept.Text(Language.Zh).BodyMarkdown);
        Assert.Equal(1, keeper.Kept);

        await second.TakeTheirsAsync(default);

        Assert.Equal("第一位编辑的正文。", second.Input!.Text(Language.Zh).BodyMarkdown);
        Assert.Null(second.Conflict);
        Assert.Null(await Drafts.FindAsync("bob@example.org", second.RecordKey, default));
    }

    [Fact]
    public async Task Saving_mine_over_theirs_after_a_conflict_stores_mine()
    {
        var speech = await SavedSpeechAsync("原文。");
        var (first, _) = await OpenAsync("ann@example.org", speech);
        var (second, _) = await OpenAsync("bob@example.org", speech);
        first.Input!.Text(Language.Zh).BodyMarkdown = "他们的。";
        await first.SaveAsync(Steps(), default);
        second.Input!.Text(Language.Zh).BodyMarkdown = "我的。";
        await second.SaveAsync(Steps(), default);

        Assert.Equal(SaveStatus.Stored, await second.OverwriteAsync(Steps(), default));

        Assert.Equal("我的。", (await Editor.LoadAsync(speech.Id!.Value, default))!.Text(Language.Zh).BodyMarkdown);
        Assert.Equal("Saved.", second.Notice);
        Assert.Equal(1, second.Saves);
    }

    [Fact]
    public async Task A_text_that_did_not_reach_the_server_intact_is_refused_and_nothing_is_stored()
    {
        var speech = await SavedSpeechAsync("原文。");
        var (session, _) = await OpenAsync("ann@example.org", speech);
        session.Input!.Text(Language.Zh).BodyMarkdown = "半截";

        var outcome = await session.SaveAsync(Steps() with { Flush = () => Task.FromResult(false) }, default);

        Assert.Null(outcome);
        Assert.True(session.Refused);
        Assert.StartsWith("Not saved: the text on screen did not reach the server intact", session.Notice, StringComparison.Ordinal);
        Assert.Equal("原文。", (await Editor.LoadAsync(speech.Id!.Value, default))!.Text(Language.Zh).BodyMarkdown);
        Assert.Equal("半截", session.Input.Text(Language.Zh).BodyMarkdown);
    }

    [Fact]
    public async Task A_save_while_the_database_is_away_says_so_and_keeps_the_text_on_screen()
    {
        var speech = await SavedSpeechAsync("原文。");
        var (session, keeper) = await OpenAsync("ann@example.org", speech);
        session.Input!.Text(Language.Zh).BodyMarkdown = "修改中的正文。";

        // A database nobody answers at: the connection is refused, as when the server is down.
        var outcome = await session.SaveAsync(Steps() with { Store = StoreInAbsentDatabaseAsync }, default);

        Assert.Equal(SaveStatus.Unavailable, outcome);
        Assert.True(session.Refused);
        Assert.StartsWith("The archive's database cannot be reached just now. Nothing has been lost", session.Notice, StringComparison.Ordinal);
        Assert.Equal("修改中的正文。", session.Input.Text(Language.Zh).BodyMarkdown);
        Assert.Equal(0, session.Saves);
        Assert.Equal(0, keeper.Kept);
        Assert.Equal("原文。", (await Editor.LoadAsync(speech.Id!.Value, default))!.Text(Language.Zh).BodyMarkdown);
    }

    [Fact]
    public async Task A_draft_left_behind_is_offered_back_and_restored_over_the_saved_text()
    {
        var speech = await SavedSpeechAsync("原文。");
        var left = InputJson.Clone(speech);
        left.Text(Language.Zh).BodyMarkdown = "没保存的修改。";
        await Drafts.SaveAsync("ann@example.org", DraftKeys.Speech(speech.Id!.Value), InputJson.Serialize(left), default);

        var (session, keeper) = await OpenAsync("ann@example.org", speech);
        Assert.NotNull(session.Offered);
        session.RestoreDraft();

        Assert.Null(session.Offered);
        Assert.Equal("没保存的修改。", session.Input!.Text(Language.Zh).BodyMarkdown);
        Assert.Equal(1, keeper.Resets);
        Assert.Equal(SaveStatus.Stored, await session.SaveAsync(Steps(), default));
        Assert.Null(await Drafts.FindAsync("ann@example.org", DraftKeys.Speech(speech.Id.Value), default));
    }

    [Fact]
    public async Task Speeches_reordered_on_the_seminars_page_save_afterwards_without_a_conflict()
    {
        var speech = await SavedSpeechAsync("第一篇。");
        var other = (await Editor.SaveAsync(NewSpeech(speech.MeetingId, speech.SpeakerPersonId!.Value, "第二篇。"), null, default)).Record!;
        var (session, _) = await OpenAsync("ann@example.org", speech);
        var speeches = fixture.Portal.Services.GetRequiredService<MeetingSpeeches>();

        var versions = await speeches.ReorderAsync(speech.MeetingId, [(other.Id!.Value, other.Version), (speech.Id!.Value, speech.Version)], default);
        session.Moved(versions![speech.Id.Value]);
        session.Input!.Text(Language.Zh).BodyMarkdown = "第一篇，改过。";

        Assert.Equal(SaveStatus.Stored, await session.SaveAsync(Steps(), default));
        Assert.Null(await speeches.ReorderAsync(speech.MeetingId, [(other.Id.Value, other.Version)], default));
        Assert.Equal([other.Id, speech.Id], (await speeches.ListAsync(speech.MeetingId, default)).Select(s => (int?)s.Id));
    }

    private SaveSteps<SpeechInput> Steps() => new(
        () => Task.FromResult(true),
        Editor.SaveAsync,
        (before, theirs) => ConflictField.Between(
            [new("Text", before.Text(Language.Zh).BodyMarkdown)],
            [new("Text", theirs.Text(Language.Zh).BodyMarkdown)]),
        problems => Assert.Fail(string.Join("; ", problems.Select(p => p.Message))));

    private async Task<(EditSession<SpeechInput> Session, CountingKeeper Keeper)> OpenAsync(string editor, SpeechInput speech)
    {
        var L = fixture.Portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var session = new EditSession<SpeechInput>(Drafts, editor, input => DraftKeys.Speech(input.Id!.Value), "Gone.", L);
        var keeper = new CountingKeeper(Drafts, editor, session);
        session.Keeper = keeper;
        session.Show((await Editor.LoadAsync(speech.Id!.Value, default))!);
        await session.OfferDraftAsync(default);
        return (session, keeper);
    }

    private static async Task<SaveResult<SpeechInput>> StoreInAbsentDatabaseAsync(SpeechInput input, SpeechInput? baseline, CancellationToken ct)
    {
        await using var connection = new Npgsql.NpgsqlConnection("Host=127.0.0.1;Port=1;Timeout=3;Pooling=false");
        await connection.OpenAsync(ct);
        throw new InvalidOperationException("A database answered on port 1.");
    }

    private async Task<SpeechInput> SavedSpeechAsync(string body)
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var speaker = await ArchiveBuilder.Person("Dou Xiankang", "窦贤康").SaveAsync(db);
        var meeting = await ArchiveBuilder.Meeting("Session", new DateOnly(2024, 11, 16), PublicationStatus.Draft).SaveAsync(db);
        return (await Editor.SaveAsync(NewSpeech(meeting.Id, speaker.Id, body), null, default)).Record!;
    }

    private static SpeechInput NewSpeech(int meetingId, int speakerId, string body)
    {
        var input = new SpeechInput { MeetingId = meetingId, Anchor = ArchiveBuilder.UniqueSlug("speech"), SpeakerPersonId = speakerId };
        input.Text(Language.Zh).Present = true;
        input.Text(Language.Zh).BodyMarkdown = body;
        return input;
    }

    /// <summary>Keeps drafts as the page's autosave does, and counts what it was asked to do.</summary>
    private sealed class CountingKeeper(EditDraftStore drafts, string editor, EditSession<SpeechInput> session) : IDraftKeeper
    {
        public int Kept { get; private set; }

        public int Resets { get; private set; }

        public async Task KeepNowAsync()
        {
            Kept++;
            await drafts.SaveAsync(editor, session.RecordKey, InputJson.Serialize(session.Input), default);
        }

        public async Task<string> KeepAfterRefusalAsync()
        {
            await KeepNowAsync();
            return "Access withdrawn.";
        }

        public void Reset() => Resets++;
    }
}
