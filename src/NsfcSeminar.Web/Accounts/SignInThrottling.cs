using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Web.Accounts;

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

    /// <summary>Counts a wrong password against the name and the address; a browser that has
    /// signed in under the name before counts against its address alone.</summary>
    public async Task FailedAsync(string name, IPAddress? address, bool knownBrowser = false, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!knownBrowser)
        {
            await CountAsync(db, NameKey(name), ForName, now, ct);
        }

        if (address is not null)
        {
            await CountAsync(db, AddressKey(address), ForAddress, now, ct);
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

    private static async Task CountAsync(SeminarDbContext db, string key, ThrottlePolicy policy, DateTimeOffset now, CancellationToken ct)
    {
        // One statement, so that concurrent failures each count.
        var forgetBefore = now - ThrottlePolicy.ForgetAfter;
        var failures = await db.Database.SqlQuery<int>($"""
            INSERT INTO sign_in_throttles (key, failures, last_failure_at) VALUES ({key}, 1, {now})
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN sign_in_throttles.last_failure_at < {forgetBefore} THEN 1 ELSE sign_in_throttles.failures + 1 END,
                last_failure_at = {now}
            RETURNING failures AS "Value"
            """).ToListAsync(ct);
        if (policy.WaitAfter(failures.Single()) is { } wait)
        {
            var until = now + wait;
            await db.SignInThrottles.Where(t => t.Key == key).ExecuteUpdateAsync(t => t.SetProperty(x => x.BlockedUntil, until), ct);
        }
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
