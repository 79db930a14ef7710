using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Curation;

namespace NsfcSeminar.IntegrationTests.History;

[Collection(DatabaseTestGroup.Name)]
public sealed class RevisionRecordingTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Saving_a_new_meeting_records_a_revision_of_it_and_of_each_speech_by_system()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var theme = ArchiveBuilder.Theme("Talent");
        var meeting = await ArchiveBuilder.Meeting("Talent seminar", new DateOnly(2024, 3, 3)).WithSpeeches(2, theme).SaveAsync(db);

        var revisions = await db.Set<Revision>().AsNoTracking().ToListAsync();

        var ofMeeting = Assert.Single(revisions, r => r.RecordType == RecordType.Meeting);
        Assert.Equal((meeting.Id, 1, RevisionAction.Created, "system"), (ofMeeting.RecordId, ofMeeting.Number, ofMeeting.Action, ofMeeting.AuthorName));
        Assert.Null(ofMeeting.AuthorId);
        var snapshot = RecordSnapshots.Deserialize<MeetingSnapshot>(ofMeeting.Content);
        Assert.Equal(2, snapshot.Speeches.Count);
        Assert.Equal("Text of speech **1**.", snapshot.Speeches[0].Texts.Single(t => t.Language == Language.En).BodyMarkdown);
        Assert.Equal(2, revisions.Count(r => r.RecordType == RecordType.Speech));
        Assert.Contains(revisions, r => r.RecordType == RecordType.Theme && r.RecordKey == theme.Slug);
    }

    [Fact]
    public async Task Editing_a_speech_text_records_the_speech_and_its_meeting_by_the_signed_in_editor()
    {
        await fixture.ResetAsync();
        await using (var setup = fixture.CreateDbContext())
        {
            await ArchiveBuilder.Meeting("Integrity seminar", new DateOnly(2024, 4, 4)).WithSpeeches(1, ArchiveBuilder.Theme("Integrity")).SaveAsync(setup);
        }

        var editor = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        Editors.ActAs(editor);
        await using (var db = fixture.CreateDbContext())
        {
            var text = await db.SpeechTexts.FirstAsync(t => t.Language == Language.En);
            text.BodyMarkdown = "A new text.";
            await db.SaveWithRevisionsAsync();
        }

        await using var check = fixture.CreateDbContext();
        var latest = await check.Set<Revision>().AsNoTracking().Where(r => r.Number == 2).ToListAsync();
        Assert.Equal([RecordType.Meeting, RecordType.Speech], latest.Select(r => r.RecordType).Order());
        Assert.All(latest, r => Assert.Equal((editor.Id, editor.Email, RevisionAction.Updated), (r.AuthorId, r.AuthorName, r.Action)));
        Assert.Equal("Texts", latest.Single(r => r.RecordType == RecordType.Speech).Summary);
        Assert.Contains("A new text.", latest.Single(r => r.RecordType == RecordType.Meeting).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_that_changes_nothing_the_record_holds_adds_no_revision()
    {
        await fixture.ResetAsync();
        var commands = fixture.Service<ThemeCommands>();
        var created = await commands.SaveAsync(new ThemeInput { NameEn = "Open science", NameZh = "开放科学" }, default);
        await using var db = fixture.CreateDbContext();
        var theme = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Slug == created.Record);

        await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = theme.Slug, NameEn = "Open science", NameZh = "开放科学" }, default);

        Assert.Equal(1, await db.Set<Revision>().CountAsync(r => r.RecordType == RecordType.Theme && r.RecordId == theme.Id));
    }
}
