using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Speeches;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.IntegrationTests.Editing;

[Collection(DatabaseTestGroup.Name)]
public sealed class SpeechEditorTests(DatabaseFixture fixture)
{
    private SpeechEditor Editor => fixture.Portal.Services.GetRequiredService<SpeechEditor>();

    private MeetingSpeeches Speeches => fixture.Portal.Services.GetRequiredService<MeetingSpeeches>();

    [Fact]
    public async Task A_300_KB_speech_saves_and_reads_back_character_for_character()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var body = LongMarkdown(300 * 1024);
        var input = NewSpeech(meeting, speaker, body);

        var result = await Editor.SaveAsync(input, null, default);

        Assert.Equal(SaveStatus.Stored, result.Status);
        var saved = (await Editor.LoadAsync(result.Record!.Id!.Value, default))!;
        Assert.True(Encoding.UTF8.GetByteCount(saved.Text(Language.Zh).BodyMarkdown) >= 300 * 1024);
        Assert.Equal(body, saved.Text(Language.Zh).BodyMarkdown);
    }

    [Fact]
    public async Task The_second_editors_save_of_a_speech_is_refused_with_the_first_editors_text()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var saved = (await Editor.SaveAsync(NewSpeech(meeting, speaker, "原文。"), null, default)).Record!;
        var first = (await Editor.LoadAsync(saved.Id!.Value, default))!;
        var second = (await Editor.LoadAsync(saved.Id.Value, default))!;
        var baseline = InputJson.Clone(second);

        first.Text(Language.Zh).BodyMarkdown = "第一位编辑修改的正文。";
        Assert.Equal(SaveStatus.Stored, (await Editor.SaveAsync(first, null, default)).Status);
        second.Text(Language.Zh).BodyMarkdown = "第二位编辑修改的正文。";
        var refused = await Editor.SaveAsync(second, baseline, default);

        Assert.Equal(SaveStatus.Conflict, refused.Status);
        Assert.Equal("第一位编辑修改的正文。", refused.Record!.Text(Language.Zh).BodyMarkdown);
        Assert.Equal("第二位编辑修改的正文。", second.Text(Language.Zh).BodyMarkdown);
    }

    [Fact]
    public async Task Reordering_speeches_does_not_refuse_an_editor_who_is_editing_one()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var a = (await Editor.SaveAsync(NewSpeech(meeting, speaker, "A", "first"), null, default)).Record!;
        await Editor.SaveAsync(NewSpeech(meeting, speaker, "B", "second"), null, default);
        var editing = (await Editor.LoadAsync(a.Id!.Value, default))!;
        var baseline = InputJson.Clone(editing);

        await Speeches.MoveAsync(meeting.Id, a.Id.Value, 1, default);
        editing.Text(Language.Zh).BodyMarkdown = "A, revised";
        var result = await Editor.SaveAsync(editing, baseline, default);

        Assert.Equal(SaveStatus.Stored, result.Status);
        Assert.Equal(["second", "first"], (await Speeches.ListAsync(meeting.Id, default)).Select(s => s.Anchor));
    }

    [Fact]
    public async Task A_speech_changed_since_the_list_was_shown_is_not_removed()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var saved = (await Editor.SaveAsync(NewSpeech(meeting, speaker, "Text"), null, default)).Record!;
        var listed = Assert.Single(await Speeches.ListAsync(meeting.Id, default));
        saved.Text(Language.Zh).BodyMarkdown = "Changed";
        await Editor.SaveAsync(saved, null, default);

        Assert.False(await Speeches.RemoveAsync(listed.Id, listed.Version, default));
        var current = Assert.Single(await Speeches.ListAsync(meeting.Id, default));
        Assert.True(await Speeches.RemoveAsync(current.Id, current.Version, default));
        Assert.Empty(await Speeches.ListAsync(meeting.Id, default));
    }

    [Fact]
    public async Task An_anchor_used_by_another_speech_of_the_seminar_is_refused()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        await Editor.SaveAsync(NewSpeech(meeting, speaker, "A", "keynote"), null, default);

        var result = await Editor.SaveAsync(NewSpeech(meeting, speaker, "B", "keynote"), null, default);

        Assert.Equal(SaveStatus.Refused, result.Status);
        Assert.Equal(nameof(SpeechInput.Anchor), Assert.Single(result.Problems).Field);
    }

    /// <summary>Markdown of at least <paramref name="bytes"/> UTF-8 bytes: Chinese paragraphs,
    /// headings, lists and links, as a long presiding speech has.</summary>
    internal static string LongMarkdown(int bytes)
    {
        var text = new StringBuilder();
        for (var i = 1; Encoding.UTF8.GetByteCount(text.ToString()) < bytes; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"## 第{i}部分\n\n坚持**“四个面向”**，加强基础研究，推进科学基金深化改革。参见[报告](https://www.nsfc.gov.cn/)。\n\n- 要点一\n- 要点二\n\n");
        }

        return text.ToString();
    }

    private async Task<(Meeting Meeting, Person Speaker)> MeetingWithSpeakerAsync()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var speaker = await ArchiveBuilder.Person("Dou Xiankang", "窦贤康").SaveAsync(db);
        var meeting = await ArchiveBuilder.Meeting("Speeches", new DateOnly(2024, 11, 16), PublicationStatus.Draft).SaveAsync(db);
        return (meeting, speaker);
    }

    private static SpeechInput NewSpeech(Meeting meeting, Person speaker, string body, string? anchor = null)
    {
        var input = new SpeechInput { MeetingId = meeting.Id, Anchor = anchor ?? ArchiveBuilder.UniqueSlug("speech"), SpeakerPersonId = speaker.Id, Kind = SpeechKind.PresidingSpeech };
        input.Text(Language.Zh).Present = true;
        input.Text(Language.Zh).Title = "讲话";
        input.Text(Language.Zh).BodyMarkdown = body;
        return input;
    }
}
