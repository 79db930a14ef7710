using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data.Accounts;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Accounts;
using NsfcSeminar.Web.Features.Audit;

namespace NsfcSeminar.IntegrationTests.Accounts;

/// <summary>Wrong passwords slow the guesser, by name and by address, without ever locking a real
/// user out for long, and say nothing about which names are accounts (ADR-006).</summary>
[Collection(DatabaseTestGroup.Name)]
public sealed class SignInThrottlingTests(DatabaseFixture fixture)
{
    private static string? Alert(HtmlPage page) => page.Document.QuerySelector("[role=alert]")?.TextContent;

    private static string? WithoutNumbers(string? text) => text is null ? null : System.Text.RegularExpressions.Regex.Replace(text, "[0-9]+", "N");

    [Fact]
    public async Task A_real_and_an_unknown_name_get_the_same_answer_at_every_step_of_a_guessing_run()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        using var client = fixture.Portal.CreateClient();

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var real = await client.SignInAsync(account.Email, $"wrong-password-{attempt}");
            var unknown = await client.SignInAsync($"nobody-{account.Id}@example.org", $"wrong-password-{attempt}");

            // The same words; the seconds left may differ by the time between the two requests.
            Assert.Equal(WithoutNumbers(Alert(real)), WithoutNumbers(Alert(unknown)));
            Assert.Equal(real.Status, unknown.Status);
            if (attempt <= 5)
            {
                Assert.Contains("wrong", Alert(real), StringComparison.Ordinal);
            }
            else
            {
                // A wait of at most 15 seconds; a busy machine may take a second to answer.
                var wait = System.Text.RegularExpressions.Regex.Match(Alert(real) ?? "", "Try again in ([0-9]+) seconds");
                Assert.InRange(int.Parse(wait.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 10, 15);
            }
        }

        await using var db = fixture.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == account.Id);
        Assert.Null(user.LockoutEnd);
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignInThrottled));
    }

    [Fact]
    public async Task During_the_wait_even_the_right_password_is_not_checked_and_after_it_the_user_signs_in()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Staff);
        using var client = fixture.Portal.CreateClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.SignInAsync(account.Email, $"wrong-password-{attempt}");
        }

        var waiting = await client.SignInAsync(account.Email, account.Password);
        Assert.False(waiting.IsSignedIn());
        Assert.Contains("Try again in", Alert(waiting), StringComparison.Ordinal);

        await using (var db = fixture.CreateDbContext())
        {
            // The wait has passed.
            await db.SignInThrottles.ExecuteUpdateAsync(t => t.SetProperty(x => x.BlockedUntil, DateTimeOffset.UtcNow.AddSeconds(-1)));
        }

        var after = await client.SignInAsync(account.Email, account.Password);
        Assert.True(after.IsSignedIn());
        await using var check = fixture.CreateDbContext();
        Assert.False(await check.SignInThrottles.AnyAsync(t => t.Key.StartsWith("account:")));
    }

    [Fact]
    public void Waits_double_from_15_seconds_and_never_exceed_5_minutes()
    {
        var policy = new ThrottlePolicy(FreeFailures: 5);

        Assert.Null(policy.WaitAfter(4));
        Assert.Equal(TimeSpan.FromSeconds(15), policy.WaitAfter(5));
        Assert.Equal(TimeSpan.FromSeconds(30), policy.WaitAfter(6));
        Assert.Equal(TimeSpan.FromMinutes(4), policy.WaitAfter(9));
        Assert.Equal(TimeSpan.FromMinutes(5), policy.WaitAfter(10));
        Assert.Equal(TimeSpan.FromMinutes(5), policy.WaitAfter(100_000));
    }

    [Fact]
    public async Task Many_names_guessed_from_one_address_make_that_address_wait_for_every_name()
    {
        await fixture.ResetAsync();
        var throttling = fixture.Portal.Services.GetRequiredService<SignInThrottling>();
        var guesser = IPAddress.Parse("192.0.2.44");
        var neighbour = IPAddress.Parse("192.0.2.45");

        for (var name = 1; name <= 20; name++)
        {
            await throttling.BeginAttemptAsync($"victim-{name}@example.org", guesser);
            await throttling.FailedAsync(guesser);
        }

        Assert.NotNull(await throttling.WaitAsync("someone-new@example.org", guesser));
        Assert.Null(await throttling.WaitAsync("someone-new@example.org", neighbour));
        Assert.Null(await throttling.WaitAsync("victim-1@example.org", neighbour));
    }

    [Fact]
    public async Task Addresses_in_one_IPv6_64_are_one_client()
    {
        await fixture.ResetAsync();
        var throttling = fixture.Portal.Services.GetRequiredService<SignInThrottling>();

        for (var name = 1; name <= 20; name++)
        {
            await throttling.FailedAsync(IPAddress.Parse($"2001:db8:5::{name:x}"));
        }

        Assert.NotNull(await throttling.WaitAsync("someone-new@example.org", IPAddress.Parse("2001:db8:5::ffff:1")));
        Assert.Null(await throttling.WaitAsync("someone-new@example.org", IPAddress.Parse("2001:db8:6::1")));
    }

    [Fact]
    public async Task A_browser_that_signed_in_before_is_not_kept_out_by_failures_at_its_name()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        using var owner = fixture.Portal.CreateClient();
        await owner.SignInAsync(account.Email, account.Password);
        using var guesser = fixture.Portal.CreateClient();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            await guesser.SignInAsync(account.Email, $"wrong-password-{attempt}");
        }

        using var otherBrowser = fixture.Portal.CreateClient();
        var fromAnotherBrowser = await otherBrowser.SignInAsync(account.Email, account.Password);
        var fromTheOwnersBrowser = await owner.SignInAsync(account.Email.ToUpperInvariant(), account.Password);

        Assert.False(fromAnotherBrowser.IsSignedIn());
        Assert.Contains("Try again in", Alert(fromAnotherBrowser), StringComparison.Ordinal);
        Assert.Equal("/en/", fromTheOwnersBrowser.Address.AbsolutePath);
        await using var db = fixture.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignedIn && e.UserId == account.Id));
    }

    [Fact]
    public async Task An_unknown_name_and_a_locked_account_cost_a_password_hash_as_a_real_account_does()
    {
        await fixture.ResetAsync();
        var hashes = new CountingHasher();
        await using var portal = fixture.Portal.WithWebHostBuilder(web => web.ConfigureServices(
            services => services.AddScoped<IPasswordHasher<SeminarUser>>(_ => hashes)));
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        var locked = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        await LockAsync(locked);
        using var client = portal.CreateClient();

        await client.SignInAsync(account.Email, "wrong-password-1");
        var afterReal = hashes.Verifications;
        await client.SignInAsync("nobody-at-all@example.org", "wrong-password-1");
        var afterUnknown = hashes.Verifications;
        await client.SignInAsync(locked.Email, "wrong-password-1");

        Assert.Equal(1, afterReal);
        Assert.Equal(2, afterUnknown);
        Assert.Equal(3, hashes.Verifications);
    }

    [Fact]
    public async Task Guesses_sent_all_at_once_get_no_more_password_checks_than_one_by_one()
    {
        await fixture.ResetAsync();
        var hashes = new CountingHasher();
        await using var portal = fixture.Portal.WithWebHostBuilder(web => web.ConfigureServices(
            services => services.AddScoped<IPasswordHasher<SeminarUser>>(_ => hashes)));
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        var clients = Enumerable.Range(1, 12).Select(_ => portal.CreateClient()).ToList();

        var answers = await Task.WhenAll(clients.Select((client, n) => client.SignInAsync(account.Email, $"wrong-password-{n}")));

        // The five free failures are checked; the other seven wait, unchecked, as one by one.
        Assert.Equal(5, hashes.Verifications);
        Assert.Equal(7, answers.Count(answer => Alert(answer)?.Contains("Try again in", StringComparison.Ordinal) == true));
        clients.ForEach(client => client.Dispose());
    }

    [Fact]
    public async Task An_account_an_administrator_locked_says_so_only_to_the_right_password()
    {
        await fixture.ResetAsync();
        var account = await fixture.Portal.CreateAccountAsync(SeminarRoles.Editor);
        await LockAsync(account);
        using var client = fixture.Portal.CreateClient();

        var wrong = await client.SignInAsync(account.Email, "wrong-password-1");
        var right = await client.SignInAsync(account.Email, account.Password);

        Assert.Contains("wrong", Alert(wrong), StringComparison.Ordinal);
        Assert.Contains("locked by an administrator", Alert(right), StringComparison.Ordinal);
        Assert.False(right.IsSignedIn());
    }

    private async Task LockAsync(TestAccount account)
    {
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeminarUser>>();
        var user = await users.FindByIdAsync(account.Id);
        await users.SetLockoutEndDateAsync(user!, DateTimeOffset.MaxValue);
    }

    /// <summary>The real hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<SeminarUser>
    {
        private readonly PasswordHasher<SeminarUser> _real = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(SeminarUser user, string password) => _real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(SeminarUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
