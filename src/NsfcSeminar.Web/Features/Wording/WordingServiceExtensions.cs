namespace NsfcSeminar.Web.Features.Wording;

internal static class WordingServiceExtensions
{
    /// <summary>What keeps wording worked out from the texts, with its settings.</summary>
    public static IServiceCollection AddWording(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WordingOptions>().Bind(configuration.GetSection(WordingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton<WordingCache>();
    }
}
