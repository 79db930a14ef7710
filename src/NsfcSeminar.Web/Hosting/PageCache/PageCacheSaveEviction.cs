using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NsfcSeminar.Data.Migrations.Sql;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>
/// A save on this instance evicts this instance's pages as soon as it commits, so that the next
/// page asked here shows it even before PostgreSQL's notification arrives (a few milliseconds
/// later, when the targeted eviction follows on every instance, ADR-019). It evicts every page:
/// which pages a save touches is what the notification says.
/// </summary>
internal sealed class PageCacheSaveEviction(IOutputCacheStore store) : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Changed = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictIfCommitted(eventData.Context).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictIfCommitted(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Evict(eventData.Context).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Evict(eventData.Context).AsTask();

    private static void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(entry =>
                entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && entry.Metadata.GetTableName() is { } table && ArchiveSqlNotices.Tables.Contains(table)))
        {
            Changed.AddOrUpdate(context, Changed);
        }
    }

    /// <summary>A save inside a transaction is evicted for when the transaction commits.</summary>
    private ValueTask EvictIfCommitted(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? Evict(context) : ValueTask.CompletedTask;

    private ValueTask Evict(DbContext? context) =>
        context is not null && Changed.Remove(context) ? store.EvictByTagAsync(PageCacheTags.Archive, default) : ValueTask.CompletedTask;
}
