using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Curation;
using NsfcSeminar.Web.Features.History;

namespace NsfcSeminar.IntegrationTests.History;

[Collection(DatabaseTestGroup.Name)]
public sealed class RestoreTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Restoring_a_theme_writes_its_old_content_back_as_a_new_revision_and_redirects_the_later_slug()
    {
        await fixture.ResetAsync();
        var commands = fixture.Service<ThemeCommands>();
        await commands.SaveAsync(new ThemeInput { Slug = "integrity", NameEn = "Integrity", NameZh = "诚信", DescriptionEn = "Honest research." }, default);
        await using var db = fixture.CreateDbContext();
        var theme = await db.ReformThemes.AsNoTracking().SingleAsync(t => t.Slug == "integrity");
        await commands.SaveAsync(new ThemeInput { Id = theme.Id, Version = theme.Version, Slug = "research-integrity", NameEn = "Research integrity", NameZh = "科研诚信" }, default);
        var restorer = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        Editors.ActAs(restorer);

        var outcome = await fixture.Service<RevisionRestorer>().RestoreAsync(RecordType.Theme, theme.Id, 1, default);

        Assert.True(outcome.Stored, outcome.Messages);
        await using var check = fixture.CreateDbContext();
        var restored = await check.ReformThemes.SingleAsync(t => t.Id == theme.Id);
        Assert.Equal(("integrity", "Integrity", "Honest research."), (restored.Slug, restored.Name.En, restored.Description.En));
        var latest = await check.Set<Revision>().Where(r => r.RecordId == theme.Id && r.RecordType == RecordType.Theme).OrderBy(r => r.Number).LastAsync();
        Assert.Equal((3, RevisionAction.Restored, "1", restorer.Email), (latest.Number, latest.Action, latest.Note, latest.AuthorName));
        Assert.Equal("integrity", (await check.Set<SlugRedirect>().SingleAsync(r => r.OldSlug == "research-integrity")).NewSlug);
    }

    [Fact]
    public async Task Restoring_a_meeting_brings_back_a_removed_speech_and_participant_with_their_texts()
    {
        await fixture.ResetAsync();
        await using (var setup = fixture.CreateDbContext())
        {
            await ArchiveBuilder.Meeting("Reform seminar", new DateOnly(2024, 7, 7)).WithSpeeches(2, ArchiveBuilder.Theme("Reform")).SaveAsync(setup);
        }

        await using var db = fixture.CreateDbContext();
        var meeting = await db.Meetings.Include(m => m.Speeches).Include(m => m.Participations).SingleAsync();
        var removed = meeting.Speeches.Single(s => s.Anchor == "speech-2");
        meeting.Speeches.Remove(removed);
        meeting.Participations.RemoveAll(p => p.SortOrder == 2);
        await db.SaveWithRevisionsAsync();

        var outcome = await fixture.Service<RevisionRestorer>().RestoreAsync(RecordType.Meeting, meeting.Id, 1, default);

        Assert.True(outcome.Stored, outcome.Messages);
        await using var check = fixture.CreateDbContext();
        var speech = await check.Speeches.Include(s => s.Texts).Include(s => s.Themes).SingleAsync(s => s.Anchor == "speech-2");
        Assert.Equal(removed.Id, speech.Id);
        Assert.Equal("Text of speech **2**.", speech.Texts.Single(t => t.Language == Language.En).BodyMarkdown);
        Assert.Single(speech.Themes);
        Assert.Equal(2, await check.Participations.CountAsync(p => p.MeetingId == meeting.Id));
        var numbers = await check.Set<Revision>().Where(r => r.RecordType == RecordType.Meeting && r.RecordId == meeting.Id).OrderBy(r => r.Number).Select(r => r.Action).ToListAsync();
        Assert.Equal([RevisionAction.Created, RevisionAction.Updated, RevisionAction.Restored], numbers);
    }

    [Fact]
    public async Task A_merged_person_can_be_restored_from_its_history()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var survivor = await ArchiveBuilder.Person("Li Jinghai", "李静海").SaveAsync(db);
        var duplicate = await ArchiveBuilder.Person("Jinghai Li").SaveAsync(db);
        await fixture.Service<PersonCommands>().MergeAsync(duplicate.Id, survivor.Id, default);

        var history = await fixture.Service<HistoryQuery>().FindAsync(RecordType.Person, duplicate.Slug, default);
        var outcome = await fixture.Service<RevisionRestorer>().RestoreAsync(RecordType.Person, history!.RecordId, 1, default);

        Assert.True(outcome.Stored, outcome.Messages);
        Assert.False(history.Exists);
        await using var check = fixture.CreateDbContext();
        Assert.Equal("Jinghai Li", (await check.People.SingleAsync(p => p.Id == duplicate.Id)).Name.En);
        Assert.False(await check.Set<SlugRedirect>().AnyAsync(r => r.OldSlug == duplicate.Slug));
    }
}
