using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>An import writes the first revision of each new seminar and person from the records it
/// has just built, without reading them back (issue 14): what it writes must be exactly what a reader of
/// history would read of the stored record.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class FirstRevisionTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Each_imported_seminar_speech_and_person_has_as_first_revision_its_stored_state()
    {
        await fixture.ResetWithSampleArchiveAsync();
        var bundle = await Archive.Shared(fixture).ExportAsync();

        await using var copy = await Archive.CreateEmptyAsync("nsfc_first_revisions");
        var report = await copy.ImportAsync(bundle);

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.True(await AssertFirstRevisionsAreStoredStatesAsync(copy) > 1);
    }

    [Fact]
    public async Task A_seminar_with_sessions_sources_groups_and_themes_out_of_order_has_as_first_revision_its_stored_state()
    {
        var bundle = Bundles.WithSessionsAndSources();
        // Themes named in an order other than their slugs', on the seminar and on a speech.
        var seminar = bundle.Seminar();
        seminar["themes"] = new JsonArray("science-policy", "open-science");
        seminar["speeches"]![0]!["themes"] = new JsonArray("science-policy", "open-science");
        seminar["texts"]!["zh"] = new JsonObject { ["title"] = "测试研讨会", ["provenance"] = "Original" };

        await using var copy = await Archive.CreateEmptyAsync("nsfc_first_revisions");
        var report = await copy.ImportAsync(bundle.Bytes());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        Assert.Equal(1, await AssertFirstRevisionsAreStoredStatesAsync(copy));
    }

    [Fact]
    public async Task People_named_in_one_language_or_two_with_honorifics_or_none_have_as_first_revision_their_stored_state()
    {
        var bundle = Bundles.Parse("""
            { "format": 2, "people": [
                { "slug": "wang-lan", "name": { "zh": "王兰", "en": "Wang Lan" }, "honorific": { "zh": "教授", "en": "Professor" } },
                { "slug": "li-si", "name": { "zh": "李四" } },
                { "slug": "jane-roe", "name": { "en": "Jane Roe" }, "honorific": { "en": "Dr" } } ] }
            """);

        await using var copy = await Archive.CreateEmptyAsync("nsfc_first_revisions");
        var report = await copy.ImportAsync(bundle.Bytes());

        Assert.True(report.Succeeded, string.Join("\n", report.DescribeProblems()));
        await using var db = await copy.Factory.CreateDbContextAsync();
        var revisions = await db.Set<Revision>().Where(r => r.RecordType == RecordType.Person).ToDictionaryAsync(r => r.RecordId);
        var stored = await SnapshotReader.ReadAsync(db, RecordType.Person, [.. revisions.Keys], CancellationToken.None);
        Assert.Equal(3, stored.Count);
        foreach (var state in stored)
        {
            var revision = revisions[state.Id];
            Assert.Equal((1, RevisionAction.Created, state.Key), (revision.Number, revision.Action, revision.RecordKey));
            Assert.Equal(RecordSnapshots.Serialize(state.Snapshot), RecordSnapshots.Serialize(RecordSnapshots.Deserialize<PersonSnapshot>(revision.Content)));
        }

        Assert.Equal(3, await db.Set<AuditEntry>().CountAsync(e => e.Action.EndsWith(".created") && e.TargetType == "person"));
    }

    /// <summary>Compares every meeting's, speech's and person's first revision with the state
    /// <see cref="SnapshotReader"/> reads; returns how many meetings there were.</summary>
    private static async Task<int> AssertFirstRevisionsAreStoredStatesAsync(Archive archive)
    {
        await using var db = await archive.Factory.CreateDbContextAsync();
        var meetings = await db.Meetings.Select(m => m.Id).ToListAsync();
        var speeches = await db.Speeches.Select(s => s.Id).ToListAsync();
        var people = await db.People.Select(p => p.Id).ToListAsync();
        Assert.NotEmpty(speeches);
        foreach (var (type, ids) in new[] { (RecordType.Meeting, meetings), (RecordType.Speech, speeches), (RecordType.Person, people) })
        {
            var stored = await SnapshotReader.ReadAsync(db, type, ids, CancellationToken.None);
            var revisions = await db.Set<Revision>().Where(r => r.RecordType == type).ToDictionaryAsync(r => r.RecordId);
            Assert.Equal(ids.Count, stored.Count);
            foreach (var state in stored)
            {
                var revision = revisions[state.Id];
                Assert.Equal((1, RevisionAction.Created, state.Key), (revision.Number, revision.Action, revision.RecordKey));
                // Compare as the history page reads it, whatever the order of the keys.
                object written = type switch
                {
                    RecordType.Meeting => RecordSnapshots.Deserialize<MeetingSnapshot>(revision.Content),
                    RecordType.Speech => RecordSnapshots.Deserialize<SpeechSnapshot>(revision.Content),
                    _ => RecordSnapshots.Deserialize<PersonSnapshot>(revision.Content),
                };
                Assert.Equal(RecordSnapshots.Serialize(state.Snapshot), RecordSnapshots.Serialize(written));
            }
        }

        Assert.Equal(meetings.Count + speeches.Count, await db.Set<AuditEntry>().CountAsync(e => e.Action.EndsWith(".created") && (e.TargetType == "meeting" || e.TargetType == "speech")));
        return meetings.Count;
    }
}
