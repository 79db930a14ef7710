namespace NsfcSeminar.Web.Features.Wording;

internal static class WordingServiceExtensions
{
    /// <summary>Texts cut into terms, and what is worked out from them, kept while the archive has not changed; with its settings.</summary>
    public static IServiceCollection AddWording(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WordingOptions>().Bind(configuration.GetSection(WordingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<TermCutter>().AddSingleton<WordingCache>();
    }
}
