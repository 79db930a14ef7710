using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.History;

/// <summary>Revisions are recorded by one explicit call; a save that changes archived records
/// without it is refused before anything is sent, so no record is stored without its revision.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class RevisionGuardTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_meeting_changed_without_the_revision_call_is_refused_and_nothing_is_stored()
    {
        await fixture.ResetAsync();
        await using var setup = fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Guarded", new DateOnly(2024, 3, 1)).SaveAsync(setup);
        var revisions = await setup.Set<Revision>().CountAsync();
        var auditLines = await setup.Set<AuditEntry>().CountAsync();
        var meetings = await setup.Meetings.CountAsync();

        await using var db = fixture.CreateDbContext();
        var loaded = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
        loaded.Place = Bilingual.Of("Hefei", "合肥");
        db.Meetings.Add(ArchiveBuilder.Meeting("Never stored", new DateOnly(2024, 3, 2)));

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        Assert.Contains(nameof(RevisionSaves.SaveWithRevisionsAsync), refusal.Message, StringComparison.Ordinal);
        await using var check = fixture.CreateDbContext();
        Assert.Equal("Beijing", (await check.Meetings.SingleAsync(m => m.Id == meeting.Id)).Place.En);
        Assert.Equal(meetings, await check.Meetings.CountAsync());
        Assert.Equal(revisions, await check.Set<Revision>().CountAsync());
        Assert.Equal(auditLines, await check.Set<AuditEntry>().CountAsync());
    }

    [Fact]
    public async Task The_same_change_made_with_the_revision_call_is_stored_with_its_revision()
    {
        await fixture.ResetAsync();
        await using var setup = fixture.CreateDbContext();
        var meeting = await ArchiveBuilder.Meeting("Recorded", new DateOnly(2024, 3, 1)).SaveAsync(setup);

        await using var db = fixture.CreateDbContext();
        var loaded = await db.Meetings.SingleAsync(m => m.Id == meeting.Id);
        loaded.Place = Bilingual.Of("Hefei", "合肥");
        await db.SaveWithRevisionsAsync();

        await using var check = fixture.CreateDbContext();
        Assert.Equal("Hefei", (await check.Meetings.SingleAsync(m => m.Id == meeting.Id)).Place.En);
        var latest = await check.Set<Revision>().Where(r => r.RecordType == RecordType.Meeting && r.RecordId == meeting.Id).MaxAsync(r => r.Number);
        Assert.Equal(2, latest);
    }

    [Fact]
    public async Task A_save_of_records_without_history_needs_no_revision_call()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        db.AuditEntries.Add(new() { At = DateTimeOffset.UnixEpoch, Action = "test.happened", TargetType = "test", TargetKey = "plain" });

        await db.SaveChangesAsync();

        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.TargetKey == "plain"));
    }
}
