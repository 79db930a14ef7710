using Npgsql;
using NsfcSeminar.Data.Migrations.Sql;

namespace NsfcSeminar.Data.Bulk;

/// <summary>
/// A copy of new rows with the tables' triggers off (<c>session_replication_role = replica</c>,
/// for the rest of the statement's transaction at most), where the role may set it. Each row's
/// foreign-key check is a trigger that runs a query of its own: at 10,000 seminars some two
/// million of them were 15 of the server's 40 s of an import, against one statement a key a
/// batch when the keys are checked set-wise (<see cref="ForeignKeyCheck"/>). What the other
/// triggers do is done here or by the caller: the page caches are told that anything may have
/// changed, and the search documents are the caller's to hand over
/// (<see cref="SearchHandOff.QuietlyAsync"/>). Where the role may not set it, the rows are copied
/// with their triggers, as before.
/// </summary>
internal static class UntriggeredCopy
{
    /// <summary>Turns the triggers off if the role may; says whether they are off.</summary>
    public static async Task<bool> EnterAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT CASE WHEN has_parameter_privilege('session_replication_role', 'SET') THEN set_config('session_replication_role', 'replica', true) END",
            connection);
        return await command.ExecuteScalarAsync(ct) is "replica";
    }

    /// <summary>Turns the triggers on again and, when <paramref name="announce"/> says the rows
    /// are archive rows, announces the change as the page-cache triggers would have when the
    /// transaction commits: '*', as they do for more meetings than one notification can name.</summary>
    public static async Task LeaveAsync(NpgsqlConnection connection, bool announce, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT set_config('session_replication_role', 'origin', true), CASE WHEN @announce THEN pg_notify(@channel, @everything) END", connection);
        command.Parameters.AddWithValue("announce", announce);
        command.Parameters.AddWithValue("channel", ArchiveSqlNotices.Channel);
        command.Parameters.AddWithValue("everything", ArchiveSqlNotices.Everything);
        await command.ExecuteNonQueryAsync(ct);
    }
}
