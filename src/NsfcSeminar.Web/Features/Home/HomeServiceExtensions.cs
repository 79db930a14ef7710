namespace NsfcSeminar.Web.Features.Home;

internal static class HomeServiceExtensions
{
    /// <summary>The archive's overview on the home page.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services) => services
        .AddSingleton<ArchiveOverviewQuery>();
}
