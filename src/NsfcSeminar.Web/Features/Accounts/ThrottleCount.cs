using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>The one statement that counts a failed sign-in against a key of
/// <see cref="SignInThrottling"/>.</summary>
internal static class ThrottleCount
{
    // The count after this failure: it starts over after an hour without one.
    private const string Count = "CASE WHEN t.last_failure_at < @forget_before THEN 1 ELSE t.failures + 1 END";

    // Counts and checks in one statement: a key already waiting is left alone and no row comes
    // back, so attempts sent at the same moment are counted one at a time and those after the one
    // that started a wait are refused. @waits holds ThrottlePolicy's wait for each count; a free
    // failure leaves blocked_until null (make_interval of null is null), not "now", which an
    // attempt whose clock was read a moment earlier would take for a wait.
    private const string CountUnlessWaiting = $"""
        INSERT INTO sign_in_throttles AS t (key, failures, last_failure_at, blocked_until)
        VALUES (@key, 1, @now, @now + make_interval(secs => NULLIF((@waits)[1], 0)))
        ON CONFLICT (key) DO UPDATE SET
            failures = {Count},
            last_failure_at = @now,
            blocked_until = @now + make_interval(secs => NULLIF((@waits)[LEAST({Count}, cardinality(@waits))], 0))
        WHERE t.blocked_until IS NULL OR t.blocked_until <= @now
        RETURNING failures AS "Value"
        """;

    /// <summary>Counts a failure against <paramref name="key"/> unless it is waiting.</summary>
    /// <returns>False when the key was waiting, and nothing was counted.</returns>
    public static async Task<bool> UnlessWaitingAsync(SeminarDbContext db, string key, ThrottlePolicy policy, DateTimeOffset now, CancellationToken ct)
    {
        var counted = await db.Database.SqlQueryRaw<int>(
                CountUnlessWaiting,
                new NpgsqlParameter("key", key),
                new NpgsqlParameter("now", now),
                new NpgsqlParameter("forget_before", now - ThrottlePolicy.ForgetAfter),
                new NpgsqlParameter("waits", policy.WaitsInSeconds))
            .ToListAsync(ct);
        return counted.Count > 0;
    }
}
