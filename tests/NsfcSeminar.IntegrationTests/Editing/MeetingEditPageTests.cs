using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Speeches;

namespace NsfcSeminar.IntegrationTests.Editing;

[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingEditPageTests(DatabaseFixture database) : EditPageTest(database)
{
    [Fact]
    public async Task A_refused_save_shows_the_other_editors_change_and_keeps_this_editors_text()
    {
        var meeting = await SeminarAsync("Seminar on basic research");
        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#meeting-en-title", Patience);

        // Another editor saves first.
        var editor = Services.GetRequiredService<MeetingEditor>();
        var theirs = (await editor.LoadAsync(meeting.Slug, default))!;
        theirs.Text(Language.En).Title = "Seminar on applied research";
        await editor.SaveAsync(theirs, null, default);

        page.Find("#meeting-en-title").Input("Seminar on basic research and talent");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("another editor changed this record", page.Find("#conflict-title").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("basic", page.Find(".conflict-fields del").TextContent);
        Assert.Equal("applied", page.Find(".conflict-fields ins").TextContent);
        Assert.Equal("Seminar on basic research and talent", page.Find("#meeting-en-title").GetAttribute("value"));
        var draft = await Services.GetRequiredService<EditDraftStore>().FindAsync(EditorName, DraftKeys.Meeting(meeting.Id), default);
        Assert.Contains("Seminar on basic research and talent", draft!.Payload, StringComparison.Ordinal);
        Assert.Equal("Seminar on applied research", (await editor.LoadAsync(meeting.Slug, default))!.Text(Language.En).Title);
    }

    [Fact]
    public async Task Saving_my_version_over_theirs_after_a_conflict_keeps_my_text()
    {
        var meeting = await SeminarAsync("Original title");
        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#meeting-en-title", Patience);
        var editor = Services.GetRequiredService<MeetingEditor>();
        var theirs = (await editor.LoadAsync(meeting.Slug, default))!;
        theirs.Text(Language.En).Title = "Their title";
        await editor.SaveAsync(theirs, null, default);
        page.Find("#meeting-en-title").Input("My title");
        await page.Find("form").SubmitAsync();
        page.WaitForElement("#conflict-title", Patience);

        await page.FindAll("button").Single(b => b.TextContent == "Save my version over theirs").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#conflict-title")), Patience);
        Assert.Equal("My title", (await editor.LoadAsync(meeting.Slug, default))!.Text(Language.En).Title);
    }

    [Fact]
    public async Task Returning_to_a_seminar_offers_the_unsaved_draft_back()
    {
        var meeting = await SeminarAsync("Saved title");
        var unsaved = (await Services.GetRequiredService<MeetingEditor>().LoadAsync(meeting.Slug, default))!;
        unsaved.Text(Language.En).Title = "Title typed before the connection dropped";
        await Services.GetRequiredService<EditDraftStore>().SaveAsync(EditorName, DraftKeys.Meeting(meeting.Id), InputJson.Serialize(unsaved), default);

        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#draft-offer-title", Patience);
        Assert.Equal("Saved title", page.Find("#meeting-en-title").GetAttribute("value"));

        await page.FindAll("button").Single(b => b.TextContent == "Restore my unsaved changes").ClickAsync(new());

        Assert.Equal("Title typed before the connection dropped", page.Find("#meeting-en-title").GetAttribute("value"));
        Assert.Empty(page.FindAll("#draft-offer-title"));
    }

    [Fact]
    public async Task The_preview_shows_unsaved_changes_through_the_readers_meeting_view()
    {
        var meeting = await SeminarAsync("Before the preview");
        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#meeting-en-title", Patience);

        page.Find("#meeting-en-title").Input("Unsaved title");
        await page.FindAll("button").Single(b => b.TextContent == "Preview as a reader sees it").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal("Unsaved title", page.Find(".preview article.meeting h1").TextContent), Patience);
    }

    [Fact]
    public async Task Saving_the_seminars_page_saves_its_inline_speech_changed_with_it()
    {
        await Fixture.ResetAsync();
        Meeting meeting;
        await using (var db = Fixture.CreateDbContext())
        {
            meeting = await ArchiveBuilder.Meeting("One page", new DateOnly(2024, 11, 16), PublicationStatus.Draft)
                .WithSpeeches(2, ArchiveBuilder.Theme("Basic research", "基础研究")).SaveAsync(db);
        }

        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#speech-2-en-title", Patience);

        page.Find("#meeting-en-title").Input("One page, retitled");
        page.Find("#speech-2-en-title").Input("Speech 2, retitled inline");
        await page.Find("form.edit-form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Saved.", page.Find("[data-saves]").TextContent), Patience);
        var speeches = Services.GetRequiredService<SpeechEditor>();
        Assert.Equal(["Speech 1", "Speech 2, retitled inline"], (await speeches.LoadAllAsync(meeting.Id, default)).Select(s => s.Text(Language.En).Title));
        Assert.Equal("One page, retitled", (await Services.GetRequiredService<MeetingEditor>().LoadAsync(meeting.Slug, default))!.Text(Language.En).Title);
    }

    [Fact]
    public async Task A_speech_added_for_each_speaker_takes_its_kind_from_the_speakers_role()
    {
        await Fixture.ResetAsync();
        Meeting meeting;
        await using (var db = Fixture.CreateDbContext())
        {
            meeting = ArchiveBuilder.Meeting("Speakers", new DateOnly(2024, 11, 16), PublicationStatus.Draft);
            meeting.Participations.Add(new Participation { Role = ParticipantRole.Presiding, Person = ArchiveBuilder.Person("Dou Xiankang", "窦贤康"), SortOrder = 1 });
            meeting.Participations.Add(new Participation { Role = ParticipantRole.Reporter, Organisation = ArchiveBuilder.Organisation("Planning Bureau", "计划局"), SortOrder = 2 });
            meeting.Participations.Add(new Participation { Role = ParticipantRole.Attendee, Person = ArchiveBuilder.Person("Gao Ruiping", "高瑞平"), SortOrder = 3 });
            await meeting.SaveAsync(db);
        }

        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#meeting-en-title", Patience);

        await page.FindAll("button").Single(b => b.TextContent == "Add a speech for each speaker without one").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".speech-card").Count), Patience);
        Assert.Equal("PresidingSpeech", page.Find("#speech-1-kind").GetAttribute("value"));
        Assert.Equal("Dou Xiankang · 窦贤康", page.Find("#speech-1-person").GetAttribute("value"));
        Assert.Equal("Report", page.Find("#speech-2-kind").GetAttribute("value"));
        Assert.Equal("Planning Bureau · 计划局", page.Find("#speech-2-organisation").GetAttribute("value"));

        // The seminar is recorded in English only: so are the new speeches.
        Assert.Empty(page.FindAll("#speech-1-zh-title"));
        Assert.NotNull(page.Find("#speech-1-en-title"));
    }

    private async Task<Meeting> SeminarAsync(string englishTitle)
    {
        await Fixture.ResetAsync();
        await using var db = Fixture.CreateDbContext();
        var meeting = ArchiveBuilder.Meeting(englishTitle, new DateOnly(2024, 11, 16), PublicationStatus.Draft);
        return await meeting.SaveAsync(db);
    }
}
