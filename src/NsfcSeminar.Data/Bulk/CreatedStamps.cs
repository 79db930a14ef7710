using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Bulk;

/// <summary>Stamps new rows copied in bulk as a save stamps added ones
/// (<see cref="SeminarDbContext"/>'s audit times): created and updated now, by the context's clock.</summary>
internal static class CreatedStamps
{
    public static void Apply(DbContext db, IEnumerable<object> rows)
    {
        var now = SeminarClock.Of(db).GetUtcNow();
        foreach (var auditable in rows.OfType<IAuditable>())
        {
            auditable.CreatedAt = now;
            auditable.UpdatedAt = now;
        }
    }
}
