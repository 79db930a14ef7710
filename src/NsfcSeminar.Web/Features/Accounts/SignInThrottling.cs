using System.Net;
using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;

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

    /// <summary>How long this name or address must still wait before its next attempt is checked;
    /// null when it may try now. A browser that has signed in under the name before
    /// (<see cref="KnownBrowser"/>) waits only for its address.</summary>
    public async Task<TimeSpan?> WaitAsync(string name, IPAddress? address, bool knownBrowser = false, CancellationToken ct = default)
    {
        var keys = ThrottleKeys.Of(name, address, knownBrowser);
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
            if (await ThrottleCount.UnlessWaitingAsync(db, ThrottleKeys.ForName(name), ForName, clock.GetUtcNow(), ct))
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
            await ThrottleCount.UnlessWaitingAsync(db, ThrottleKeys.ForAddress(address), ForAddress, clock.GetUtcNow(), ct);
        }
    }

    /// <summary>The right password: the name's failures are forgiven. The address's are not, or one
    /// account of the guesser's own would wipe its record between guesses at others.</summary>
    public async Task SucceededAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = ThrottleKeys.ForName(name);
        await db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(ct);
    }
}
