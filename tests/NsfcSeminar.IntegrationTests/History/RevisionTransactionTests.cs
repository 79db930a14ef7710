using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.History;

/// <summary>An edit and its revision commit together or not at all, in the caller's transaction
/// or in the revision call's own.</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class RevisionTransactionTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task In_the_callers_transaction_a_rollback_takes_the_revision_with_the_edit()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var strategy = db.Database.CreateExecutionStrategy();

        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(ArchiveBuilder.Person("Rolled Back"));
            await db.SaveWithRevisionsAsync();
            Assert.Equal(1, await db.Set<Revision>().CountAsync());
            await transaction.RollbackAsync();
        });

        Assert.Equal(0, await db.Set<Revision>().CountAsync());
        Assert.Equal(0, await db.Set<AuditEntry>().CountAsync());
    }

    [Fact]
    public async Task In_the_callers_transaction_a_commit_keeps_both()
    {
        await fixture.ResetAsync();
        await using var db = fixture.CreateDbContext();
        var strategy = db.Database.CreateExecutionStrategy();

        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(ArchiveBuilder.Person("Committed"));
            await db.SaveWithRevisionsAsync();
            await transaction.CommitAsync();
        });

        var revision = await db.Set<Revision>().SingleAsync();
        Assert.Equal((RecordType.Person, RevisionAction.Created), (revision.RecordType, revision.Action));
        Assert.Equal("person.created", (await db.Set<AuditEntry>().SingleAsync()).Action);
    }

    [Fact]
    public async Task A_refused_save_leaves_no_revision_and_the_context_can_save_again()
    {
        await fixture.ResetAsync();
        await using var setup = fixture.CreateDbContext();
        var person = await ArchiveBuilder.Person("Conflicted").SaveAsync(setup);
        await using var db = fixture.CreateDbContext();
        var loaded = await db.People.SingleAsync(p => p.Id == person.Id);
        await setup.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Honorific.En, "Academician"));

        loaded.Name = Bilingual.Of("Conflicted, renamed");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveWithRevisionsAsync());

        Assert.Equal(1, await setup.Set<Revision>().CountAsync(r => r.RecordId == person.Id));
        await db.Entry(loaded).ReloadAsync();
        loaded.Name = Bilingual.Of("Conflicted, renamed");
        await db.SaveWithRevisionsAsync();
        Assert.Equal(2, await setup.Set<Revision>().CountAsync(r => r.RecordId == person.Id));
    }
}
