using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace NsfcSeminar.Data;

/// <summary>The one clock (<see cref="TimeProvider"/>, registered by
/// <see cref="SeminarDataServiceCollectionExtensions.AddSeminarData"/>) as a context sees it: the
/// application's, or the system's for a context made without one (design time).</summary>
public static class SeminarClock
{
    public static TimeProvider Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
            ?? TimeProvider.System;
    }
}
