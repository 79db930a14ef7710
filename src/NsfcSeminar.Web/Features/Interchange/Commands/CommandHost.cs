using Microsoft.EntityFrameworkCore;
using NsfcSeminar.Data;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Interchange.Exporting;
using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Commands;

/// <summary>The services a command needs, configured as the portal is (appsettings, then
/// <c>ConnectionStrings__Seminar</c> from the environment), with the database migrated first:
/// a command may be the first thing to touch a new database.</summary>
internal static class CommandHost
{
    public static async Task<IServiceProvider> StartAsync(CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
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

        // Before AddSeminarData, whose default answers "system" for every save.
        builder.Services.AddSingleton<CommandEditor>().AddSingleton<ICurrentEditor>(s => s.GetRequiredService<CommandEditor>());
        builder.Services.AddSeminarData(connectionString);
        builder.Services.AddSingleton<ArchiveImport>().AddSingleton<ArchiveExport>();
        var services = builder.Build().Services;
        await SeminarDatabase.InitialiseAsync(services, loadSampleArchive: false, ct);
        return services;
    }

    public static IDbContextFactory<SeminarDbContext> Database(this IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<SeminarDbContext>>();
}

/// <summary>A command cannot run as asked; the message says why, for the person who typed it.</summary>
internal sealed class CommandException(string message) : Exception(message);
