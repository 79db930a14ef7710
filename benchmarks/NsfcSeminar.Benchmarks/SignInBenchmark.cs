using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Accounts;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Times a wrong password posted to the sign-in form for a real account and for a name with no
/// account, alternately, end to end: the two must cost the same, or timing tells which names
/// exist (ADR-006). The throttle's counts are cleared before each attempt (not timed), so every
/// attempt takes the checked path rather than the quick "wait" answer.
/// </summary>
internal sealed partial class SignInBenchmark(string connectionString, Uri portal, int rounds, int warmUpRounds)
{
    private const string RealName = "sign-in-benchmark@example.org";

    public async Task RunAsync()
    {
        await using var services = new ServiceCollection().AddSeminarData(connectionString).BuildServiceProvider();
        var dbFactory = services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
        await CreateAccountAsync(dbFactory);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = portal,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var token = AntiforgeryToken().Match(await http.GetStringAsync(new Uri("en/account/sign-in", UriKind.Relative))).Groups["token"].Value;

        var real = new List<double>();
        var unknown = new List<double>();
        for (var round = -Math.Max(1, warmUpRounds); round < rounds; round++)
        {
            var forReal = await TimeWrongPasswordAsync(http, dbFactory, token, RealName);
            var forUnknown = await TimeWrongPasswordAsync(http, dbFactory, token, $"nobody-{round}@example.org");
            if (round >= 0)
            {
                real.Add(forReal);
                unknown.Add(forUnknown);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrong password, POST /en/account/sign-in, {rounds} attempts each after {Math.Max(1, warmUpRounds)} warm-up round(s):"));
        Console.WriteLine();
        Console.WriteLine("| name typed | p50 | p95 | mean |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        MeetingBenchmark.Row("a real account (ms)", real);
        MeetingBenchmark.Row("no such account (ms)", unknown);
    }

    private static async Task<double> TimeWrongPasswordAsync(HttpClient http, IDbContextFactory<SeminarDbContext> dbFactory, string token, string name)
    {
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await db.SignInThrottles.ExecuteDeleteAsync();
        }

        using var form = new FormUrlEncodedContent(
        [
            new("_handler", "sign-in"), new("__RequestVerificationToken", token),
            new("Input.Email", name), new("Input.Password", "not-the-password-at-all"),
        ]);
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri("en/account/sign-in", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (!body.Contains("is wrong.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The portal did not refuse the password for {name}: {(int)response.StatusCode}.");
        }

        return elapsed;
    }

    /// <summary>The account, made straight in the database with the portal's password hasher.</summary>
    private static async Task CreateAccountAsync(IDbContextFactory<SeminarDbContext> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Users.Where(u => u.UserName == RealName).ExecuteDeleteAsync();
        var user = new SeminarUser
        {
            UserName = RealName,
            NormalizedUserName = RealName.ToUpperInvariant(),
            Email = RealName,
            NormalizedEmail = RealName.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<SeminarUser>().HashPassword(user, Guid.NewGuid().ToString("N"));
        db.Users.Add(user);
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<token>[^"]+)""")]
    private static partial Regex AntiforgeryToken();
}
