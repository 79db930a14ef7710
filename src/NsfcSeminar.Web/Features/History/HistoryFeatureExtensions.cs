using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NsfcSeminar.Data.Revisions;
using NsfcSeminar.Web.Features.Curation;
using NsfcSeminar.Web.Features.Translations;

namespace NsfcSeminar.Web.Features.History;

internal static class HistoryFeatureExtensions
{
    /// <summary>Record history (who saved what, compare, restore), the curation of themes, people
    /// and organisations, and the list of missing translations. Queries and commands open their
    /// own short-lived contexts, so they are singletons.</summary>
    public static IServiceCollection AddHistoryFeatures(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<ICurrentEditor, CurrentEditor>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, EditorCircuitHandler>());
        return services
            .AddSingleton<HistoryQuery>()
            .AddSingleton<ReferenceNameQuery>()
            .AddSingleton<RevisionRestorer>()
            .AddSingleton<ThemeCommands>()
            .AddSingleton<PersonCommands>()
            .AddSingleton<OrganisationCommands>()
            .AddSingleton<CurationQuery>()
            .AddSingleton<MissingTranslationsQuery>()
            .AddSingleton<Presentation.SlugRedirectQuery>();
    }
}
