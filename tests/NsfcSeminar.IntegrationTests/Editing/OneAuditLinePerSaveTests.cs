using Bunit;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Editing.Meetings;
using NsfcSeminar.Web.Features.Editing.Speeches;

namespace NsfcSeminar.IntegrationTests.Editing;

/// <summary>ADR-008: a save's audit line is the one its revision writes; the pages write none of
/// their own, and a meeting revised only because one of its speeches was adds no second line.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class OneAuditLinePerSaveTests(DatabaseFixture database) : EditPageTest(database)
{
    [Fact]
    public async Task Saving_a_speech_from_its_page_writes_exactly_one_audit_line()
    {
        var meeting = await SeminarWithSpeechAsync();
        var page = Render<SpeechEditPage>(p => p.Add(c => c.MeetingSlug, meeting.Slug).Add(c => c.Anchor, "speech-1"));
        page.WaitForElement("#speech-en-title", Patience);

        page.Find("#speech-en-title").Input("Speech 1, retitled");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Saved.", page.Find("[data-saves]").TextContent), Patience);
        var line = Assert.Single(await AuditLinesAsync());
        Assert.Equal(("speech.updated", $"{meeting.Slug}#speech-1"), (line.Action, line.TargetKey));
    }

    [Fact]
    public async Task Adding_a_speech_from_its_page_writes_exactly_one_audit_line()
    {
        var meeting = await SeminarWithSpeechAsync();
        var page = Render<SpeechEditPage>(p => p.Add(c => c.MeetingSlug, meeting.Slug));
        page.WaitForElement("#speech-zh-title", Patience);

        page.Find("#speech-zh-title").Input("新的讲话");
        page.Find("#speech-unnamed-zh").Input("一位代表");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Saved.", page.Find("[data-saves]").TextContent), Patience);
        Assert.Equal("speech.created", Assert.Single(await AuditLinesAsync()).Action);
    }

    [Fact]
    public async Task Saving_a_seminar_from_its_page_writes_exactly_one_audit_line()
    {
        var meeting = await SeminarWithSpeechAsync();
        var page = Render<MeetingEditPage>(p => p.Add(c => c.Slug, meeting.Slug));
        page.WaitForElement("#meeting-en-title", Patience);

        page.Find("#meeting-en-title").Input("Seminar, retitled");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("Saved.", page.Find("[data-saves]").TextContent), Patience);
        var line = Assert.Single(await AuditLinesAsync());
        Assert.Equal(("meeting.updated", meeting.Slug), (line.Action, line.TargetKey));
    }

    private async Task<List<AuditEntry>> AuditLinesAsync()
    {
        await using var db = Fixture.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().ToListAsync();
    }

    /// <summary>A seminar with one speech, and an audit log emptied of its making.</summary>
    private async Task<Meeting> SeminarWithSpeechAsync()
    {
        await Fixture.ResetAsync();
        await using var db = Fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Seminar", new DateOnly(2024, 11, 16), PublicationStatus.Draft)
            .WithSpeeches(1, ArchiveBuilder.Theme("Basic research", "基础研究")).SaveAsync(db);
        await db.AuditEntries.ExecuteDeleteAsync();
        return meeting;
    }
}
