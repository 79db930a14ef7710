namespace NsfcSeminar.Web.Features.Drafting;

internal static class DraftingServiceExtensions
{
    /// <summary>From a press release to a draft. Each service opens its own short-lived context,
    /// so they are safe as singletons.</summary>
    public static IServiceCollection AddDrafting(this IServiceCollection services) => services
        .AddSingleton<DraftVocabularyQuery>()
        .AddSingleton<DraftSaver>()
        .AddSingleton<DraftDuplicates>();
}
