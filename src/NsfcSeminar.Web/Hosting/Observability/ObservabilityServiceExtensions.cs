using System.Net;
using Npgsql;
using NsfcSeminar.Web.Hosting.Cluster;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>
/// OpenTelemetry for the portal: traces of requests, SQL (Npgsql's own instrumentation) and the
/// portal's stages; metrics of request latency, the database pools and <see cref="SeminarMetrics"/>.
/// Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and always readable by the
/// operator at <c>/metrics</c> (Prometheus text). Logs are JSON lines outside Development, each
/// with the trace and span id of the request that wrote it.
/// </summary>
internal static class ObservabilityServiceExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddPortalObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SeminarMetrics>();
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section)
            .Validate(o => o.AllowedNetworks.All(n => IPNetwork.TryParse(n, out _)), "Seminar:Metrics:AllowedNetworks holds something that is not a network in CIDR notation (10.0.0.0/8).")
            .ValidateOnStart();
        builder.Services.AddSingleton<OperatorAccess>();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("nsfc-seminar", serviceInstanceId: builder.Configuration.GetSection(InstanceOptions.Section).Get<InstanceOptions>()?.InstanceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                .AddNpgsql()
                .AddSource(SeminarMetrics.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(SeminarMetrics.Name)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        return builder;
    }

    /// <summary>The scrape endpoint, answered only for the operator; anyone else falls through to
    /// the portal's own 404.</summary>
    public static WebApplication UseOperatorMetrics(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<OperatorAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == MetricsPath && access.Allows(context));
        return app;
    }
}
