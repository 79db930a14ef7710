namespace NsfcSeminar.Web.Features.History;

internal static class HistoryServiceExtensions
{
    /// <summary>Record history: who saved what, compare, restore. Queries and commands open their
    /// own short-lived contexts, so they are singletons. Who is saving is the Acting feature's.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services) => services
        .AddSingleton<HistoryQuery>()
        .AddSingleton<ReferenceNameQuery>()
        .AddSingleton<RevisionRestorer>();
}
