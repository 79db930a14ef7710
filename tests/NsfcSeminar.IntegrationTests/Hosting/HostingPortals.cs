using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NsfcSeminar.IntegrationTests.Infrastructure;

namespace NsfcSeminar.IntegrationTests.Hosting;

/// <summary>The shared test portal with some hosting settings changed (a public address, proxies,
/// rate limits), over the same database.</summary>
internal static class HostingPortals
{
    public static WebApplicationFactory<Program> With(this PortalFactory portal, params (string Key, string Value)[] settings) =>
        portal.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
