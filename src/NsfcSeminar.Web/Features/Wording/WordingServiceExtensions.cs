namespace NsfcSeminar.Web.Features.Wording;

internal static class WordingServiceExtensions
{
    /// <summary>Texts cut into terms, and what is worked out from them, kept while the archive has not changed.</summary>
    public static IServiceCollection AddWording(this IServiceCollection services) => services
        .AddSingleton<TermCutter>()
        .AddSingleton<WordingCache>();
}
