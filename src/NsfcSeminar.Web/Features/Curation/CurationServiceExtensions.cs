namespace NsfcSeminar.Web.Features.Curation;

internal static class CurationServiceExtensions
{
    /// <summary>The curation of themes, people and organisations. Queries and commands open their
    /// own short-lived contexts, so they are singletons.</summary>
    public static IServiceCollection AddCuration(this IServiceCollection services) => services
        .AddSingleton<ThemeCommands>()
        .AddSingleton<PersonCommands>()
        .AddSingleton<OrganisationCommands>()
        .AddSingleton<CurationQuery>();
}
