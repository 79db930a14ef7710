using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.IntegrationTests.Meetings;

/// <summary>The meeting record is read collection by collection and put together in memory: each
/// speech must get its own texts and themes, and every list keeps its order.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class MeetingRecordQueryTests(DatabaseFixture fixture)
{
    private MeetingRecordQuery Query => fixture.Portal.Services.GetRequiredService<MeetingRecordQuery>();

    [Fact]
    public async Task Each_speech_gets_its_own_texts_and_themes_in_order_and_the_meeting_its_own_lists()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var (early, late, unused) = (ArchiveBuilder.Theme("Early"), ArchiveBuilder.Theme("Late"), ArchiveBuilder.Theme("Unused"));
        (early.SortOrder, late.SortOrder, unused.SortOrder) = (1, 2, 3);
        var meeting = ArchiveBuilder.Meeting("Assembled record", new DateOnly(2022, 5, 4)).WithSpeeches(3, late);
        meeting.Speeches[1].Themes.Add(early);
        meeting.Speeches[2].Themes.Clear();
        meeting.Speeches[2].Texts.RemoveAll(t => t.Language == Language.Zh);
        meeting.Themes.AddRange([late, early]);
        meeting.Citations.Add(new MeetingCitation { SortOrder = 2, Document = new CitedDocument { Slug = ArchiveBuilder.UniqueSlug("second"), Title = Bilingual.Of("Second document") } });
        meeting.Citations.Add(new MeetingCitation { SortOrder = 1, Document = new CitedDocument { Slug = ArchiveBuilder.UniqueSlug("first"), Title = Bilingual.Of("First document") } });
        db.Add(unused);
        await meeting.SaveAsync(db);

        var record = await Query.FindAsync(meeting.Slug, ReaderAccess.Anonymous, default);

        Assert.NotNull(record);
        Assert.Equal(["speech-1", "speech-2", "speech-3"], record.Speeches.Select(s => s.Anchor));
        Assert.Equal([["Late"], ["Early", "Late"], []], record.Speeches.Select(s => s.Themes.Select(t => t.Name.En).ToArray()));
        Assert.Equal([2, 2, 1], record.Speeches.Select(s => s.Texts.Count));
        Assert.Equal("Text of speech **2**.", record.Speeches[1].Texts.Single(t => t.Language == Language.En).BodyMarkdown);
        Assert.Equal("Speaker 3", record.Speeches[2].Person?.Name.En);
        Assert.Equal(["Early", "Late"], record.Themes.Select(t => t.Name.En));
        Assert.Equal(["First document", "Second document"], record.CitedDocuments.Select(d => d.Title.En));
        Assert.Equal(["Speaker 1", "Speaker 2", "Speaker 3"], record.Participants.Select(p => p.Person?.Name.En));
        Assert.Equal("Assembled record", Assert.Single(record.Texts).Title);
        Assert.Equal("Beijing", record.Place.En);
    }

    [Fact]
    public async Task A_meeting_is_found_only_for_readers_who_may_see_it()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var staffOnly = await ArchiveBuilder.Meeting("Staff-only record", new DateOnly(2022, 6, 1), visibility: Visibility.StaffOnly).WithSpeeches(2, ArchiveBuilder.Theme("Hidden")).SaveAsync(db);
        var draft = await ArchiveBuilder.Meeting("Draft record", new DateOnly(2022, 6, 2), PublicationStatus.Draft).WithSpeeches(2, ArchiveBuilder.Theme("Unpublished")).SaveAsync(db);

        Assert.Null(await Query.FindAsync(staffOnly.Slug, ReaderAccess.Anonymous, default));
        Assert.Equal(2, (await Query.FindAsync(staffOnly.Slug, ReaderAccess.Staff, default))?.Speeches.Count);
        Assert.Null(await Query.FindAsync(draft.Slug, ReaderAccess.Staff, default));
        Assert.Null(await Query.FindAsync("no-such-meeting", ReaderAccess.Staff, default));
    }
}
