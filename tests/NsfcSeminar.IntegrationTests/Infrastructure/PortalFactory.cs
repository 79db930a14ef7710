using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>The real portal, its whole HTTP pipeline, over a real PostgreSQL database.</summary>
/// <param name="settings">Further configuration, such as the mail server's (<c>Seminar:Mail:Host</c>).</param>
public sealed class PortalFactory(string connectionString, bool initialiseDatabase = true, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string PublicAddress = "http://localhost/";

    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Seminar", connectionString);
        builder.UseSetting("Seminar:InitialiseDatabase", initialiseDatabase ? "true" : "false");

        // The tests load what they need; the portal must not add the sample archive behind them.
        builder.UseSetting("Seminar:LoadSampleArchive", "false");

        // The test client's address; the rate limits are off unless a test turns one on.
        builder.UseSetting("Seminar:PublicAddress", PublicAddress);
        foreach (var policy in new[] { "Exports", "Api", "SignIn" })
        {
            builder.UseSetting($"Seminar:RateLimits:{policy}:PermitLimit", "0");
            builder.UseSetting($"Seminar:RateLimits:{policy}:Concurrent", "0");
        }

        // The tests run the digest themselves, at the moment they choose.
        builder.UseSetting("Seminar:Alerts:RunOnSchedule", "false");
        builder.UseSetting("Seminar:Alerts:SettleSeconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }
}
