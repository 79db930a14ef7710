namespace NsfcSeminar.Web.Presentation;

internal static class SlugRedirectServiceExtensions
{
    /// <summary>The old addresses of renamed records, which the record pages redirect from.</summary>
    public static IServiceCollection AddSlugRedirects(this IServiceCollection services) => services
        .AddSingleton<SlugRedirectQuery>();
}
