using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Speeches;
using NsfcSeminar.Web.Features.Saving;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>A save is kept only when the record read back in its transaction equals what the
/// editor sent; otherwise nothing of it remains: no change, no revision, no audit line.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SaveConfirmationTests(DatabaseFixture fixture)
{
    private SpeechEditor Speeches => fixture.Portal.Services.GetRequiredService<SpeechEditor>();

    private MeetingEditor Meetings => fixture.Portal.Services.GetRequiredService<MeetingEditor>();

    [Fact]
    public async Task A_speech_text_the_database_stores_differently_is_not_saved_and_the_old_text_stays()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var saved = (await Speeches.SaveAsync(NewSpeech(meeting, speaker, "原来的正文。"), null, default)).Record!;
        var counts = await CountsAsync();
        saved.Text(Language.Zh).BodyMarkdown = $"新的正文。{AlteringTrigger.Marker}";

        SaveResult<SpeechInput> result;
        await using (await AlteringTrigger.OnAsync(fixture.ConnectionString, "speech_texts", "body_markdown"))
        {
            result = await Speeches.SaveAsync(saved, null, default);
        }

        Assert.Equal(SaveStatus.NotConfirmed, result.Status);
        Assert.Equal("原来的正文。", (await Speeches.LoadAsync(saved.Id!.Value, default))!.Text(Language.Zh).BodyMarkdown);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task A_new_speech_the_database_stores_differently_leaves_no_speech_behind()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var counts = await CountsAsync();

        SaveResult<SpeechInput> result;
        await using (await AlteringTrigger.OnAsync(fixture.ConnectionString, "speech_texts", "body_markdown"))
        {
            result = await Speeches.SaveAsync(NewSpeech(meeting, speaker, $"正文。{AlteringTrigger.Marker}"), null, default);
        }

        Assert.Equal(SaveStatus.NotConfirmed, result.Status);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Speeches.AnyAsync(s => s.MeetingId == meeting.Id));
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task A_seminar_title_the_database_stores_differently_is_not_saved()
    {
        var (meeting, _) = await MeetingWithSpeakerAsync();
        var input = (await Meetings.LoadAsync(meeting.Slug, default))!;
        var counts = await CountsAsync();
        input.Text(Language.En).Title = $"Renamed {AlteringTrigger.Marker}";

        SaveResult<MeetingInput> result;
        await using (await AlteringTrigger.OnAsync(fixture.ConnectionString, "meeting_texts", "title"))
        {
            result = await Meetings.SaveAsync(input, null, default);
        }

        Assert.Equal(SaveStatus.NotConfirmed, result.Status);
        Assert.Equal("Speeches", (await Meetings.LoadAsync(meeting.Slug, default))!.Text(Language.En).Title);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task Text_with_spaces_around_it_and_blank_fields_saves_as_confirmed()
    {
        var (meeting, speaker) = await MeetingWithSpeakerAsync();
        var input = NewSpeech(meeting, speaker, "  正文，前后有空格。 \n\n");
        input.Text(Language.Zh).Title = "  讲话  ";
        input.Text(Language.Zh).Summary = "   ";
        input.Text(Language.En).Title = "Typed, then the English version unticked";
        input.ThemeIds = [];

        var result = await Speeches.SaveAsync(input, null, default);

        Assert.Equal(SaveStatus.Stored, result.Status);
        Assert.Equal("  正文，前后有空格。 \n\n", result.Record!.Text(Language.Zh).BodyMarkdown);
        Assert.Equal("讲话", result.Record.Text(Language.Zh).Title);
    }

    private async Task<(int Revisions, int AuditLines)> CountsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return (await db.Set<Revision>().CountAsync(), await db.AuditEntries.CountAsync());
    }

    private async Task<(Meeting Meeting, Person Speaker)> MeetingWithSpeakerAsync()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var speaker = await ArchiveBuilder.Person("Dou Xiankang", "窦贤康").SaveAsync(db);
        var meeting = await ArchiveBuilder.Meeting("Speeches", new DateOnly(2024, 11, 16), PublicationStatus.Draft).SaveAsync(db);
        return (meeting, speaker);
    }

    private static SpeechInput NewSpeech(Meeting meeting, Person speaker, string body)
    {
        var input = new SpeechInput { MeetingId = meeting.Id, Anchor = ArchiveBuilder.UniqueSlug("speech"), SpeakerPersonId = speaker.Id, Kind = SpeechKind.PresidingSpeech };
        input.Text(Language.Zh).Present = true;
        input.Text(Language.Zh).Title = "讲话";
        input.Text(Language.Zh).BodyMarkdown = body;
        return input;
    }
}
