namespace NsfcSeminar.Web.Features.Translations;

internal static class TranslationsServiceExtensions
{
    /// <summary>The list of records missing a translation.</summary>
    public static IServiceCollection AddTranslations(this IServiceCollection services) => services
        .AddSingleton<MissingTranslationsQuery>();
}
