using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Data.Snapshots;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>An import writes the first revision of each new seminar from the records it has just
/// built, without reading them back (issue 14): what it writes must be exactly what a reader of
/// history would read of the stored record.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class FirstRevisionTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Each_imported_seminar_and_speech_has_as_first_revision_its_stored_state()
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

    /// <summary>Compares every meeting's and speech's first revision with the state
    /// <see cref="SnapshotReader"/> reads; returns how many meetings there were.</summary>
    private static async Task<int> AssertFirstRevisionsAreStoredStatesAsync(Archive archive)
    {
        await using var db = await archive.Factory.CreateDbContextAsync();
        var meetings = await db.Meetings.Select(m => m.Id).ToListAsync();
        var speeches = await db.Speeches.Select(s => s.Id).ToListAsync();
        Assert.NotEmpty(speeches);
        foreach (var (type, ids) in new[] { (RecordType.Meeting, meetings), (RecordType.Speech, speeches) })
        {
            var stored = await SnapshotReader.ReadAsync(db, type, ids, CancellationToken.None);
            var revisions = await db.Set<Revision>().Where(r => r.RecordType == type).ToDictionaryAsync(r => r.RecordId);
            Assert.Equal(ids.Count, stored.Count);
            foreach (var state in stored)
            {
                var revision = revisions[state.Id];
                Assert.Equal((1, RevisionAction.Created, state.Key), (revision.Number, revision.Action, revision.RecordKey));
                // jsonb keeps its keys in its own order: compare as the history page reads it.
                var written = type == RecordType.Meeting
                    ? (object)RecordSnapshots.Deserialize<MeetingSnapshot>(revision.Content)
                    : RecordSnapshots.Deserialize<SpeechSnapshot>(revision.Content);
                Assert.Equal(RecordSnapshots.Serialize(state.Snapshot), RecordSnapshots.Serialize(written));
            }
        }

        Assert.Equal(meetings.Count + speeches.Count, await db.Set<AuditEntry>().CountAsync(e => e.Action.EndsWith(".created") && (e.TargetType == "meeting" || e.TargetType == "speech")));
        return meetings.Count;
    }
}
