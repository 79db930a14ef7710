using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// The portal's one context factory with a replica configured: each context starts on the
/// primary and is pointed at the replica before its first connection when <see cref="ReadRouting"/>
/// says so. Features keep asking for <see cref="IDbContextFactory{TContext}"/>; none of them
/// chooses a server. (The scoped context Identity uses comes from here too.)
/// </summary>
internal sealed class ReplicaRoutedContextFactory(
    IDbContextFactory<SeminarDbContext> primary, ReadRouting routing, ReplicaConnections connections) : IDbContextFactory<SeminarDbContext>
{
    public SeminarDbContext CreateDbContext()
    {
        var db = primary.CreateDbContext();
        if (routing.UsesReplica())
        {
            db.Database.SetConnectionString(connections.ReplicaForPages);
        }

        return db;
    }
}
