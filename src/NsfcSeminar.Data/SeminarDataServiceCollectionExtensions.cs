using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Data;

public static class SeminarDataServiceCollectionExtensions
{
    /// <summary>Registers the context factory (and, through it, a scoped context). Interceptors
    /// registered as <see cref="IInterceptor"/> services are added to every context, which is how
    /// tests count the SQL a page sends, and how a save of records with history is refused unless made with SaveWithRevisionsAsync (who saves is
    /// answered by an <see cref="ICurrentEditor"/> if one is registered, else "system"). The
    /// one clock of the portal and the commands, <see cref="TimeProvider"/>, is registered here
    /// and nowhere else.</summary>
    public static IServiceCollection AddSeminarData(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, RevisionGuard>();
        services.AddDbContextFactory<SeminarDbContext>((provider, options) => options
            .UseSeminarDatabase(connectionString)
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        return services;
    }

    public static DbContextOptionsBuilder UseSeminarDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithConnectTimeout(connectionString), npgsql => npgsql.ExecutionStrategy(d => new SeminarExecutionStrategy(d)))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Npgsql waits 15 seconds for a connection by default; a reader should hear sooner that the
    /// database is out of reach. A timeout the connection string names is kept.
    /// </summary>
    public static string WithConnectTimeout(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Timeout"))
        {
            builder.Timeout = 5;
        }

        return builder.ConnectionString;
    }
}
