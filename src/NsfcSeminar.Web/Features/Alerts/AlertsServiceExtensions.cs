namespace NsfcSeminar.Web.Features.Alerts;

internal static class AlertsServiceExtensions
{
    /// <summary>Saved searches, the digest that mails what newly matches them, and its schedule.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section))
            .Validate(o => o.DigestHourUtc is >= 0 and <= 23, "Seminar:Alerts:DigestHourUtc must be an hour from 0 to 23.")
            .Validate(o => o.CheckEverySeconds > 0, "Seminar:Alerts:CheckEverySeconds must be above 0.")
            .Validate(o => o.SettleSeconds >= 0, "Seminar:Alerts:SettleSeconds must be 0 or more.")
            .ValidateOnStart();
        services.AddSingleton<UnsubscribeToken>();
        services.AddSingleton<SavedSearches>();
        services.AddSingleton<NewMatches>();
        services.AddSingleton<DigestSearch>();
        services.AddSingleton<DigestOutbox>();
        services.AddSingleton<DigestJob>();
        services.AddSingleton<DigestProgressQuery>();
        services.AddHostedService<DigestTimer>();
        return services;
    }

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app) => app.MapUnsubscribe();
}
