using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>What a bulk import copies with the search triggers quiet is handed over by the
/// import itself (issue 14): no table of a meeting notes it for a second refresh at commit.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SearchHandOffTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_meeting_copied_quietly_with_every_part_is_left_to_the_hand_off_and_a_later_change_is_noted_again()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var person = new Person { Slug = "a-speaker", Name = Bilingual.Of("A speaker") };
        db.People.Add(person);
        await db.SaveWithRevisionsAsync();
        db.ChangeTracker.Clear();
        var meeting = WholeMeeting(person.Id);

        await using var transaction = await db.Database.BeginTransactionAsync();
        await SearchHandOff.QuietlyAsync(db, () => GraphCopy.CopyAsync(db, [meeting], CancellationToken.None), CancellationToken.None);

        Assert.Equal(0L, await PendingAsync(db));
        await AskAsync(db, $"INSERT INTO participations (meeting_id, role, person_id, sort_order) VALUES ({meeting.Id}, 'Reporter', {person.Id}, 2)");
        Assert.Equal(1L, await PendingAsync(db));
    }

    private static async Task<long> PendingAsync(DbContext db) => (long)(await AskAsync(db, "SELECT count(*) FROM search_pending"))!;

    /// <summary>On the transaction's connection, as the import's own statements are (the context's
    /// execution strategy takes no user transaction).</summary>
    private static async Task<object?> AskAsync(DbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>A meeting with a row in every table the search triggers watch.</summary>
    private static Meeting WholeMeeting(int personId)
    {
        var meeting = new Meeting
        {
            Slug = "2025-03-01-handed-off",
            StartDate = new DateOnly(2025, 3, 1),
            Status = PublicationStatus.Published,
            Visibility = Visibility.Public,
        };
        var speech = new Speech { Anchor = "opening", SpeakerPersonId = personId };
        speech.Texts.Add(new SpeechText { Title = "Opening" });
        meeting.Texts.Add(new MeetingText { Title = "A seminar" });
        meeting.Speeches.Add(speech);
        meeting.Participations.Add(new Participation { Role = ParticipantRole.KeynoteSpeaker, PersonId = personId });
        meeting.Sources.Add(new Source { Title = Bilingual.Of("Full text"), Speech = speech });
        return meeting;
    }
}
