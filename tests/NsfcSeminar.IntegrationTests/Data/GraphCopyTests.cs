using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>Whole graphs of new records are copied without the change tracker (issue 14): what
/// the tracker did (keys, foreign keys, link rows, stamps) is done, and what it cannot be asked
/// to do here is refused aloud rather than written wrong.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class GraphCopyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_copied_meeting_has_its_keys_its_foreign_keys_and_its_stamps_as_after_a_save()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = NewMeeting();
        var session = new MeetingSession { Anchor = "day-two" };
        var speech = new Speech { Anchor = "opening", SpeakerDescription = Bilingual.Of("a professor"), Session = session };
        speech.Texts.Add(new SpeechText { Title = "Opening" });
        meeting.Sessions.Add(session);
        meeting.Speeches.Add(speech);
        meeting.Sources.Add(new Source { Title = Bilingual.Of("Full text"), Speech = speech });

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await GraphCopy.CopyAsync(db, [meeting], CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.NotEqual(0, meeting.Id);
        Assert.Equal((meeting.Id, session.Id), (speech.MeetingId, speech.SessionId));
        Assert.Equal((meeting.Id, speech.Id), (meeting.Sources[0].MeetingId, meeting.Sources[0].SpeechId));
        Assert.Equal(speech.Id, speech.Texts[0].SpeechId);
        var stored = await db.Meetings.AsNoTracking().Include(m => m.Speeches).ThenInclude(s => s.Texts).SingleAsync();
        Assert.Equal(("a professor", "Opening"), (stored.Speeches[0].SpeakerDescription.En, stored.Speeches[0].Texts[0].Title));
        Assert.NotEqual(default, stored.CreatedAt);
        Assert.Equal(stored.CreatedAt, stored.UpdatedAt);
    }

    [Fact]
    public async Task A_record_that_already_has_a_key_is_not_copied_as_new()
    {
        await using var db = fixture.CreateDbContext();
        var meeting = NewMeeting();
        meeting.Speeches.Add(new Speech { Id = 7, Anchor = "opening", SpeakerDescription = Bilingual.Of("a professor") });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GraphCopy.CopyAsync(db, [meeting], CancellationToken.None));

        Assert.Contains("Speech 7 already has a key", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_record_reached_only_through_a_reference_is_refused()
    {
        await using var db = fixture.CreateDbContext();
        var meeting = NewMeeting();
        // A speech's source whose speech is in no collection of the meeting: it would get no key.
        meeting.Sources.Add(new Source { Title = Bilingual.Of("Full text"), Speech = new Speech { Anchor = "lost" } });

        await using var transaction = await db.Database.BeginTransactionAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GraphCopy.CopyAsync(db, [meeting], CancellationToken.None));

        Assert.Contains("refers to a Speech without a key", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_theme_linked_to_a_copied_meeting_is_refused()
    {
        await using var db = fixture.CreateDbContext();
        var meeting = NewMeeting();
        meeting.Themes.Add(new ReformTheme { Slug = "unsaved-theme" });

        await using var transaction = await db.Database.BeginTransactionAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GraphCopy.CopyAsync(db, [meeting], CancellationToken.None));

        Assert.Contains("Meeting refers to a ReformTheme without a key", refused.Message, StringComparison.Ordinal);
    }

    private static Meeting NewMeeting() => new()
    {
        Slug = "2025-03-01-copied",
        StartDate = new DateOnly(2025, 3, 1),
        Status = PublicationStatus.Published,
        Visibility = Visibility.Public,
    };
}
