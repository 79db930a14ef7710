using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace NsfcSeminar.Data;

/// <summary>
/// The pool whose connections keep the statements they send often prepared, for code that sends
/// the same few statements again and again: PostgreSQL took longer to plan them than to run them
/// (docs/performance.md). Prepared, each is planned once per connection. Npgsql prepares a
/// statement once it has been sent a few times (EF Core's too), which explicit preparing cannot
/// reach. It is a pool of its own because preparing is a setting of the whole connection string.
/// </summary>
public static class PreparedStatements
{
    /// <summary>Points the context, before its first connection, at the same server through the
    /// prepared pool (a replica too, when the context was routed to one).</summary>
    public static void UsePreparedStatements(this DatabaseFacade database) =>
        database.SetConnectionString(Pool(database.GetConnectionString()!));

    /// <summary>Room for 32 statements a connection: Npgsql replaces the least recently used one
    /// when they are all taken, so a pool shared by pages that send different statements needs
    /// room for all of them, or each page would push the others' plans out. What uses this pool
    /// only reads, and leaves nothing in the session (no SET, temporary table, LISTEN or session
    /// lock), so the six reset statements Npgsql would send with each reuse are not sent; a
    /// transaction left open is still rolled back.</summary>
    public static string Pool(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 32, NoResetOnClose = true }.ConnectionString;
}
