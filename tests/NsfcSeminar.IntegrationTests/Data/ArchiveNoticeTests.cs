using Npgsql;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Data;

/// <summary>A change to a speech's rows is announced as a change to its meeting, each speech
/// looked up by its key (issue 14: a join hashed every speech on every statement of an import).</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class ArchiveNoticeTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Speech_rows_written_in_one_statement_announce_their_meetings_once_each()
    {
        await fixture.ResetAsync();
        await using var listener = new NpgsqlConnection(fixture.ConnectionString);
        await listener.OpenAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await ExecuteAsync(listener, "LISTEN archive_changes");
        await using var writer = new NpgsqlConnection(fixture.ConnectionString);
        await writer.OpenAsync();
        await ExecuteAsync(writer, """
            BEGIN;
            INSERT INTO meetings (id, slug, kind, start_date, status, visibility, is_sample, created_at, updated_at)
              VALUES (901, '2025-01-01-one', 'Seminar', '2025-01-01', 'Published', 'Public', false, now(), now()),
                     (902, '2025-01-02-two', 'Seminar', '2025-01-02', 'Published', 'Public', false, now(), now());
            INSERT INTO speeches (id, meeting_id, anchor, sort_order, kind, speaker_description_en, created_at, updated_at)
              VALUES (9011, 901, 'a', 1, 'Speech', 'someone', now(), now()), (9012, 901, 'b', 2, 'Speech', 'someone', now(), now()),
                     (9021, 902, 'a', 1, 'Speech', 'someone', now(), now());
            COMMIT;
            """);
        await ExecuteAsync(listener, "SELECT 1"); // takes in what was announced so far
        heard.Clear();

        await ExecuteAsync(writer, "INSERT INTO speech_texts (speech_id, language, title, body_markdown, provenance) VALUES (9011, 'en', 'A', '', 'Original'), (9012, 'en', 'B', '', 'Original'), (9021, 'en', 'C', '', 'Original')");
        await listener.WaitAsync(TimeSpan.FromSeconds(5));
        await ExecuteAsync(listener, "SELECT 1");

        Assert.Equal(["m:901,902"], heard);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
