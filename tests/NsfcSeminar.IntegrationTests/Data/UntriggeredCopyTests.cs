using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Bulk;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>An import copies new seminars with the tables' triggers off where its role may
/// (issue 14: each row's foreign-key check was a query of its own). What the triggers did still
/// happens: the keys are checked, the rows they name are locked, and the page caches are told.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class UntriggeredCopyTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_seminar_copied_without_triggers_is_stored_and_announced_and_the_triggers_are_on_again()
    {
        await fixture.ResetAsync();
        var person = await StoredPersonAsync();
        await using var listener = await ListeningAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using var db = fixture.CreateDbContext();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await CopyAsync(db, MeetingSpokenBy(person));
            Assert.Equal("origin", await AskAsync(db, "SHOW session_replication_role"));
            await transaction.CommitAsync();
        }

        await listener.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Contains("*", heard);
        var speech = await db.Speeches.AsNoTracking().SingleAsync();
        Assert.Equal(person, speech.SpeakerPersonId);
    }

    [Fact]
    public async Task A_speaker_that_is_not_stored_is_refused_as_PostgreSQL_refuses_it_and_nothing_is_stored()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => CopyAsync(db, MeetingSpokenBy(987_654)));

            Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_speeches_people_speaker_person_id"), (refused.SqlState, refused.ConstraintName));
            Assert.Contains("Key (speaker_person_id)=(987654) is not present in table \"people\"", DatabaseRefusal.Describe(refused), StringComparison.Ordinal);
        }

        Assert.False(await db.Meetings.AnyAsync());
    }

    [Fact]
    public async Task The_stored_speaker_cannot_be_deleted_until_the_import_ends()
    {
        await fixture.ResetAsync();
        var person = await StoredPersonAsync();
        await using var db = fixture.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await CopyAsync(db, MeetingSpokenBy(person));

        await using var editor = new NpgsqlConnection(fixture.ConnectionString);
        await editor.OpenAsync();
        await using var delete = new NpgsqlCommand($"SET lock_timeout = '300ms'; DELETE FROM people WHERE id = {person}", editor);
        var blocked = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.LockNotAvailable, blocked.SqlState);
    }

    [Fact]
    public async Task Handing_over_an_archive_of_only_the_imports_meetings_builds_every_document_and_notes_that_every_meeting_changed()
    {
        await fixture.ResetAsync();
        var person = await StoredPersonAsync();
        await using var db = fixture.CreateDbContext();
        var meeting = MeetingSpokenBy(person);

        // As the import runs: in its own transaction, under the context's execution strategy.
        var handedOver = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await CopyAsync(db, meeting);
            await SearchHandOff.HandOverAsync(db, [meeting.Id], CancellationToken.None);
            return await AskAsync(db, """
                SELECT (SELECT count(*) FROM search_documents) || ' documents, changed: '
                       || (SELECT string_agg(meeting_id::text, ',') FROM search_changes) || ', ' || current_setting('session_replication_role')
                """);
        });

        Assert.Equal("2 documents, changed: 0, origin", handedOver);
    }

    [Fact]
    public async Task A_role_that_may_not_turn_triggers_off_copies_with_them_and_each_row_is_checked()
    {
        await fixture.ResetAsync();
        var person = await StoredPersonAsync();
        await using var db = await AsPlainRoleAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => CopyAsync(db, MeetingSpokenBy(987_654)));
            Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_speeches_people_speaker_person_id"), (refused.SqlState, refused.ConstraintName));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await CopyAsync(db, MeetingSpokenBy(person));
            await transaction.CommitAsync();
        }

        Assert.Equal(person, (await db.Speeches.AsNoTracking().SingleAsync()).SpeakerPersonId);
    }

    /// <summary>A context whose role owns nothing and may not set session_replication_role: a
    /// portal deployed without the right to turn triggers off.</summary>
    private async Task<SeminarDbContext> AsPlainRoleAsync()
    {
        await using (var admin = new NpgsqlConnection(fixture.ConnectionString))
        {
            await admin.OpenAsync();
            await using var grant = new NpgsqlCommand("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'seminar_plain_copier') THEN
                    CREATE ROLE seminar_plain_copier LOGIN PASSWORD 'plain';
                  END IF;
                END $$;
                GRANT ALL ON ALL TABLES IN SCHEMA public TO seminar_plain_copier;
                GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO seminar_plain_copier;
                """, admin);
            await grant.ExecuteNonQueryAsync();
        }

        var plain = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { Username = "seminar_plain_copier", Password = "plain" };
        var options = new DbContextOptionsBuilder<SeminarDbContext>();
        options.UseSeminarDatabase(plain.ConnectionString);
        return new SeminarDbContext(options.Options);
    }

    private static Task CopyAsync(SeminarDbContext db, Meeting meeting) =>
        SearchHandOff.QuietlyAsync(db, async () => await (await GraphCopy.KeyAsync(db, [meeting], CancellationToken.None)).WriteUntriggeredAsync(CancellationToken.None), CancellationToken.None);

    /// <summary>On the transaction's connection, as the import's own statements are.</summary>
    private static async Task<object?> AskAsync(DbContext db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        return await command.ExecuteScalarAsync();
    }

    private async Task<int> StoredPersonAsync()
    {
        await using var db = fixture.CreateDbContext();
        var person = new Person { Slug = "a-speaker", Name = Bilingual.Of("A Speaker") };
        db.People.Add(person);
        await db.SaveWithRevisionsAsync(CancellationToken.None);
        return person.Id;
    }

    private async Task<NpgsqlConnection> ListeningAsync()
    {
        var listener = new NpgsqlConnection(fixture.ConnectionString);
        await listener.OpenAsync();
        await using var listen = new NpgsqlCommand("LISTEN archive_changes", listener);
        await listen.ExecuteNonQueryAsync();
        return listener;
    }

    private static Meeting MeetingSpokenBy(int personId)
    {
        var meeting = new Meeting
        {
            Slug = "2025-03-01-copied",
            StartDate = new DateOnly(2025, 3, 1),
            Status = PublicationStatus.Published,
            Visibility = Visibility.Public,
        };
        var speech = new Speech { Anchor = "opening", SpeakerPersonId = personId, SpeakerDescription = Bilingual.Of("a professor") };
        speech.Texts.Add(new SpeechText { Title = "Opening" });
        meeting.Speeches.Add(speech);
        return meeting;
    }
}
