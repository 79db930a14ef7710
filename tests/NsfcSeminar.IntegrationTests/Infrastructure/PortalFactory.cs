using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>The real portal, its whole HTTP pipeline, over a real PostgreSQL database.</summary>
public sealed class PortalFactory(string connectionString, bool initialiseDatabase = true) : WebApplicationFactory<Program>
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

        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(SqlCommands));
    }
}
