using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NsfcSeminar.Data;

namespace NsfcSeminar.Web.Hosting.Cluster;

/// <summary>
/// What lets several instances serve together (ADR-018): the <c>X-Instance</c> header, and, when
/// <c>ConnectionStrings:Replica</c> is set, reading from the hot standby with read-your-writes,
/// its lag in <c>/health</c> and the log, and a read-only notice while the primary is away.
/// </summary>
internal static class ClusterServiceExtensions
{
    public static WebApplicationBuilder AddPortalCluster(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InstanceOptions>().BindConfiguration(InstanceOptions.Section).ValidateOnStart();
        services.AddOptions<ReplicaOptions>()
            .BindConfiguration(ReplicaOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ConnectionString = configuration.GetConnectionString("Replica");
                options.PrimaryConnectionString = configuration.GetConnectionString("Seminar");
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReplicaOptions>, ReplicaOptionsValidation>();
        if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Replica")))
        {
            return builder;
        }

        services.AddHttpContextAccessor();
        services.AddSingleton<ReplicaConnections>();
        services.AddSingleton<ReplicaMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplicaMonitor>());
        services.AddSingleton<ReadRouting>();
        services.AddSingleton<WrittenLsnCookie>();
        services.AddHealthChecks().AddCheck<ReplicaHealthCheck>("replica");

        // The context factory AddSeminarData registered, wrapped so that it can point a context at
        // the replica; the scoped context is made by whatever factory is registered.
        var primary = services.Single(d => d.ServiceType == typeof(IDbContextFactory<SeminarDbContext>));
        services.Remove(primary);
        services.Add(ServiceDescriptor.Describe(typeof(IDbContextFactory<SeminarDbContext>), provider => new ReplicaRoutedContextFactory(
            (IDbContextFactory<SeminarDbContext>)ActivatorUtilities.CreateInstance(provider, primary.ImplementationType!),
            provider.GetRequiredService<ReadRouting>(),
            provider.GetRequiredService<ReplicaConnections>()), primary.Lifetime));
        return builder;
    }

    /// <summary>First in the pipeline, so that every answer names its instance.</summary>
    public static WebApplication UseInstanceHeader(this WebApplication app)
    {
        app.UseMiddleware<InstanceHeader>();
        return app;
    }

    /// <summary>After the language prefix has left the path, before routing.</summary>
    public static WebApplication UseReplicaRouting(this WebApplication app)
    {
        if (app.Services.GetService<WrittenLsnCookie>() is not { } written)
        {
            return app;
        }

        app.Use((context, next) =>
        {
            written.WriteAfter(context);
            return next(context);
        });
        app.UseMiddleware<ReadOnlyEditing>();
        return app;
    }

    /// <summary>What a load balancer asks before sending readers: every check but none that
    /// would take an instance out for a reason another instance shares (the replica's lag).</summary>
    public static WebApplication MapReadiness(this WebApplication app)
    {
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Name != "replica", ResponseWriter = PortalHealth.WriteJsonAsync });
        if (app.Services.GetService<ReplicaMonitor>() is not null)
        {
            // The lag, both servers' state and the replayed position, as JSON.
            app.MapHealthChecks("/health/replica", new()
            {
                Predicate = check => check.Name == "replica",
                ResponseWriter = (context, report) => context.Response.WriteAsJsonAsync(report.Entries.Values.Select(e => new
                {
                    status = e.Status.ToString(),
                    description = e.Description,
                    data = e.Data,
                }).Single()),
            });
        }

        return app;
    }
}
