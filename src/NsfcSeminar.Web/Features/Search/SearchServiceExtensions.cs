using NsfcSeminar.Web.Features.Search.Copy;

namespace NsfcSeminar.Web.Features.Search;

internal static class SearchServiceExtensions
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchCopy>();
        services.AddSingleton<SearchResultCache>();
        services.AddHostedService<SearchCopyBuild>();
        services.AddHealthChecks().AddCheck<SearchCopyHealth>("search-copy");
        return services.AddSingleton<SpeechSearch>();
    }

    /// <summary>The machine endpoints of search; the /search page routes as a component.</summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        // Before the copy is first built they answer 503 with Retry-After (ADR-017).
        app.MapGroup("").AddEndpointFilter<SearchCopyReadiness>()
            .MapSearchExports()
            .MapSearchFeed();
        return app;
    }
}
