using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.IntegrationTests.Interchange;
using NsfcSeminar.Testing;

namespace NsfcSeminar.IntegrationTests.Alerts;

/// <summary>A real SMTP server (smtp4dev) for a test class, and portals over the shared test
/// database that send their mail to it.</summary>
public sealed class MailFixture : IAsyncLifetime
{
    private readonly List<PortalFactory> _portals = [];

    public MailServer Mail { get; private set; } = null!;

    public async Task InitializeAsync() => Mail = await MailServer.StartAsync(RepositoryFolder.Root);

    /// <summary>The first portal made over this database (made once, then shared).</summary>
    public PortalFactory Portal(DatabaseFixture database) =>
        _portals.FirstOrDefault() ?? NewPortal(database);

    /// <summary>Another portal instance over the same database, as a second server would be.</summary>
    public PortalFactory NewPortal(DatabaseFixture database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var portal = new PortalFactory(database.ConnectionString, settings: Mail.PortalSettings);
        _portals.Add(portal);
        return portal;
    }

    public async Task DisposeAsync()
    {
        foreach (var portal in _portals)
        {
            await portal.DisposeAsync();
        }

        await Mail.DisposeAsync();
    }
}
