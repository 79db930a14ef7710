using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NsfcSeminar.Data.Revisions;

/// <summary>
/// Refuses, before anything is sent, a save that changes a meeting, speech, person, organisation
/// or theme without <see cref="RevisionSaves.SaveWithRevisionsAsync(DbContext, CancellationToken)"/>,
/// the one call that stores an edit with its revisions: no record is ever stored without its
/// revision, and none is written implicitly. It also answers that call who is saving and when.
/// Every context the factory makes carries it. See docs/decisions/ADR-008-revisions-by-interceptor.md.
/// </summary>
public sealed class RevisionGuard(TimeProvider clock, ICurrentEditor? editor = null) : SaveChangesInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Recording = [];

    // Without an ICurrentEditor (the tools and tests that have no people) every save is the system's.
    internal EditorIdentity Author => editor?.Current ?? EditorIdentity.System;

    internal DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Who saves through this context, and when: as its guard says, or, for a context made
    /// without the registered factory (tools, tests that build their own), the system, now.</summary>
    internal static (EditorIdentity Author, DateTimeOffset Now) SaverOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<RevisionGuard>().FirstOrDefault() is { } guard
            ? (guard.Author, guard.Now)
            : (EditorIdentity.System, SeminarClock.Of(db).GetUtcNow());

    /// <summary>Lets the context's saves through while its revisions are being recorded.</summary>
    internal static Permit Allow(DbContext db)
    {
        Recording.AddOrUpdate(db, db);
        return new Permit(db);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseUnrecorded(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RefuseUnrecorded(eventData.Context);
        return result;
    }

    private static void RefuseUnrecorded(DbContext? db)
    {
        if (db is null || Recording.TryGetValue(db, out _))
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        if (!ChangedRecords.Collect(db.ChangeTracker).IsEmpty)
        {
            throw new InvalidOperationException(
                "This save changes records with history (meetings, speeches, people, organisations, themes) without recording their revisions, "
                + "so nothing was stored: save them with SaveWithRevisionsAsync, which stores the edit and its revisions together.");
        }
    }

    internal readonly struct Permit(DbContext db) : IDisposable
    {
        public void Dispose() => Recording.Remove(db);
    }
}
