using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Web.Hosting;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary>The services a command needs, configured as the portal is (appsettings, then
/// <c>ConnectionStrings__Seminar</c> from the environment), with the database migrated first:
/// a command may be the first thing to touch a new database.</summary>
internal static class CommandHost
{
    public static async Task<IServiceProvider> StartAsync(CancellationToken ct)
    {
        var services = Build().Services;
        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: false, ct);
        return services;
    }

    /// <summary>The host, its services composed as the portal's are (<see cref="ArchiveServiceExtensions"/>)
    /// and checked as it is built: a service whose dependency is missing fails here, before a
    /// command reads anything, not halfway through an import. <paramref name="configuration"/>:
    /// <c>--Key=value</c> settings over the appsettings and the environment.</summary>
    public static IHost Build(string[]? configuration = null)
    {
        var builder = Host.CreateApplicationBuilder(configuration);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        // The command's own lines are its output; logs are for trouble, and go to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        // EF logs a failed probe of the migrations table of a new database as an error; a real
        // failure of a command reaches the import's report as an exception instead.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);

        // The rollback of a stopped import is logged as a failed transaction; the command itself
        // says what happened (see Hosting/CommandStop).
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Transaction", LogLevel.None);
        var connectionString = builder.Configuration.GetConnectionString("Seminar");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new CommandException("No database is configured: set ConnectionStrings__Seminar, or run the command through scripts/run.sh, which provisions one.");
        }

        builder.Services.AddArchiveServices(connectionString, builder.Configuration);
        return builder.Build();
    }

    public static IDbContextFactory<SeminarDbContext> Database(this IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
}

/// <summary>A command cannot run as asked; the message says why, for the person who typed it.</summary>
internal sealed class CommandException(string message) : Exception(message);
