using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data;

/// <summary>Every save of <see cref="SeminarDbContext"/> stamps when a record was created and
/// last changed, by the context's clock (<see cref="SeminarClock"/>).</summary>
public sealed partial class SeminarDbContext
{
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAuditTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAuditTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampAuditTimes()
    {
        var now = SeminarClock.Of(this).GetUtcNow();
        foreach (var account in ChangeTracker.Entries<SeminarUser>().Where(e => e.State == EntityState.Added))
        {
            account.Entity.CreatedAt = now;
        }

        foreach (var entry in ChangeTracker.Entries<IAuditable>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
