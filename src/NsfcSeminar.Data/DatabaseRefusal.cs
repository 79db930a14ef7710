using Npgsql;

namespace NsfcSeminar.Data;

/// <summary>
/// The database answered, and said no: its lock table or disk is full, a value breaks a
/// constraint, a row is malformed. Npgsql counts some of these as transient (class 53,
/// "insufficient resources"), but the same work asked again meets the same refusal, so they are
/// neither retried (<see cref="SeminarExecutionStrategy"/>) nor reported as a database that
/// cannot be reached: the message says what the database said.
/// </summary>
public static class DatabaseRefusal
{
    /// <summary>SQLSTATE classes and codes: data exceptions (22), integrity constraints (23),
    /// disk full (53100), out of memory or shared memory (53200, also a full lock table), program
    /// limits (54). A full connection table (53300) is left transient: it may free up.</summary>
    public static bool IsRefusal(string sqlState) =>
        sqlState.StartsWith("22", StringComparison.Ordinal)
        || sqlState.StartsWith("23", StringComparison.Ordinal)
        || sqlState.StartsWith("54", StringComparison.Ordinal)
        || sqlState is "53100" or "53200";

    /// <summary>The refusal behind an error, however it was wrapped, or null.</summary>
    public static PostgresException? Find(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres && IsRefusal(postgres.SqlState))
            {
                return postgres;
            }
        }

        return null;
    }

    /// <summary>One line: what the database said, its detail and hint when it gave them, and the code.</summary>
    public static string Describe(PostgresException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var parts = new[] { refusal.MessageText, refusal.Detail, refusal.Hint }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.TrimEnd('.'));
        return $"{string.Join("; ", parts)} (SQLSTATE {refusal.SqlState})".ReplaceLineEndings(" ");
    }
}
