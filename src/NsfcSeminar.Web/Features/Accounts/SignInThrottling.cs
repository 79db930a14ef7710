using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>
/// Slows password guessing without locking anyone out for long (ADR-006, OWASP ASVS V6.3.1):
/// failures are counted per name as typed, whether or not an account has it, and per client
/// address. After a few free failures, each further one makes that name or address wait, the wait
/// doubling up to a few minutes; an hour without failures forgets them. A real user who mistypes
/// waits seconds, and an attacker can never keep an account shut for more than the longest wait.
/// </summary>
internal sealed class SignInThrottling(IDbContextFactory<SeminarDbContext> dbFactory, TimeProvider clock)
{
    private static readonly ThrottlePolicy ForName = new(FreeFailures: 5);

    // One address may carry many people (an office behind one gateway), so it gets more room.
    private static readonly ThrottlePolicy ForAddress = new(FreeFailures: 20);

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

    /// <summary>How long this name or address must still wait before its next attempt is checked;
    /// null when it may try now. A browser that has signed in under the name before
    /// (<see cref="KnownBrowser"/>) waits only for its address.</summary>
    public async Task<TimeSpan?> WaitAsync(string name, IPAddress? address, bool knownBrowser = false, CancellationToken ct = default)
    {
        var keys = KeysOf(name, address, knownBrowser);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var until = await db.SignInThrottles.AsNoTracking()
            .Where(t => keys.Contains(t.Key) && t.BlockedUntil > now)
            .MaxAsync(t => t.BlockedUntil, ct);
        return until - now;
    }

    /// <summary>
    /// Before a password is checked: the wait still running for this name or address, or null,
    /// and then the attempt is already counted against the name, as if it will fail (the right
    /// password forgives it). Counting first is what holds a burst of guesses sent at once to the
    /// free failures. A browser that has signed in under the name is counted by its address alone.
    /// </summary>
    public async Task<TimeSpan?> BeginAttemptAsync(string name, IPAddress? address, bool knownBrowser = false, CancellationToken ct = default)
    {
        var wait = await WaitAsync(name, address, knownBrowser, ct);
        if (wait is not null || knownBrowser)
        {
            return wait;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await CountUnlessWaitingAsync(db, NameKey(name), ForName, ct))
            {
                return null;
            }
        }

        // Another attempt started a wait a moment ago.
        return await WaitAsync(name, address, knownBrowser, ct) ?? TimeSpan.FromSeconds(1);
    }

    /// <summary>A wrong password: counted against the address (the name counted it when the
    /// attempt began).</summary>
    public async Task FailedAsync(IPAddress? address, CancellationToken ct = default)
    {
        if (address is not null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await CountUnlessWaitingAsync(db, AddressKey(address), ForAddress, ct);
        }
    }

    /// <summary>The right password: the name's failures are forgiven. The address's are not, or one
    /// account of the guesser's own would wipe its record between guesses at others.</summary>
    public async Task SucceededAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = NameKey(name);
        await db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <returns>False when the key was waiting, and nothing was counted.</returns>
    private async Task<bool> CountUnlessWaitingAsync(SeminarDbContext db, string key, ThrottlePolicy policy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var counted = await db.Database.SqlQueryRaw<int>(
                CountUnlessWaiting,
                new NpgsqlParameter("key", key),
                new NpgsqlParameter("now", now),
                new NpgsqlParameter("forget_before", now - ThrottlePolicy.ForgetAfter),
                new NpgsqlParameter("waits", policy.WaitsInSeconds))
            .ToListAsync(ct);
        return counted.Count > 0;
    }

    private static List<string> KeysOf(string name, IPAddress? address, bool knownBrowser)
    {
        var keys = new List<string>(2);
        if (!knownBrowser)
        {
            keys.Add(NameKey(name));
        }

        if (address is not null)
        {
            keys.Add(AddressKey(address));
        }

        return keys;
    }

    private static string NameKey(string name)
    {
        var key = "account:" + name.Trim().ToUpperInvariant();
        return key.Length <= SignInThrottle.KeyMaxLength ? key : key[..SignInThrottle.KeyMaxLength];
    }

    private static string AddressKey(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return "address:" + address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return "address:" + address;
        }

        // One IPv6 client holds a whole /64 and can change addresses within it at will.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"address:{new IPAddress(bytes)}/64";
    }
}

/// <summary>How many failures are free, and how long each one after them makes the next wait.</summary>
internal sealed record ThrottlePolicy(int FreeFailures)
{
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    /// <summary>The wait in seconds after 1, 2, … failures, as far as the count from which it is
    /// always the longest (the last entry serves every higher count).</summary>
    public double[] WaitsInSeconds => [.. Enumerable.Range(1, FreeFailures + 10).Select(n => WaitAfter(n)?.TotalSeconds ?? 0)];

    public TimeSpan? WaitAfter(int failures)
    {
        if (failures < FreeFailures)
        {
            return null;
        }

        // 15 s, 30 s, 1 min, 2 min, 4 min, then 5 min for every further failure.
        var doublings = Math.Min(failures - FreeFailures, 10);
        var wait = FirstWait * Math.Pow(2, doublings);
        return wait < LongestWait ? wait : LongestWait;
    }
}
