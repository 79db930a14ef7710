using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NsfcSeminar.Data;
using NsfcSeminar.IntegrationTests.Infrastructure;
using NsfcSeminar.Web.Features.Interchange.Exporting;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.IntegrationTests.Interchange;

/// <summary>An archive database for interchange tests: the shared test database, or a second,
/// freshly migrated one to import into. Exports and imports go through the same classes the
/// commands and the workspace use.</summary>
internal sealed class Archive(IDbContextFactory<SeminarDbContext> factory, string connectionString) : IAsyncDisposable
{
    private ServiceProvider? _owned;

    public IDbContextFactory<SeminarDbContext> Factory { get; } = factory;

    public string ConnectionString { get; } = connectionString;

    public static Archive Shared(DatabaseFixture fixture) => new(
        fixture.Portal.Services.GetRequiredService<IDbContextFactory<SeminarDbContext>>(), fixture.ConnectionString);

    /// <summary>An empty, migrated database of its own (dropped and created anew).</summary>
    public static async Task<Archive> CreateEmptyAsync(string name)
    {
        var connectionString = await TestDatabase.CreateEmptyAsync(name);
        return await OpenAsync(connectionString);
    }

    public static async Task<Archive> OpenAsync(string connectionString)
    {
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddSeminarData(connectionString).BuildServiceProvider();
        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: false);
        return new Archive(services.GetRequiredService<IDbContextFactory<SeminarDbContext>>(), connectionString) { _owned = services };
    }

    public async Task<byte[]> ExportAsync(ExportScope scope = ExportScope.Everything)
    {
        using var output = new MemoryStream();
        await new ArchiveExport(Factory).WriteAsync(output, scope);
        return output.ToArray();
    }

    public Task<ImportReport> ImportAsync(byte[] bundle, bool dryRun = false, string name = "bundle.json", ImportMode mode = ImportMode.Merge, int peopleHeldAtMost = ArchiveImport.PeopleHeldWhole) =>
        new ArchiveImport(Factory) { PeopleHeldAtMost = peopleHeldAtMost }.RunAsync(new ImportSource(name, () => new MemoryStream(bundle, writable: false), bundle.Length) { Mode = mode }, dryRun);

    public Task<ImportReport> ImportAsync(string bundle, bool dryRun = false, string name = "bundle.json", ImportMode mode = ImportMode.Merge) =>
        ImportAsync(System.Text.Encoding.UTF8.GetBytes(bundle), dryRun, name, mode);

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }
}
