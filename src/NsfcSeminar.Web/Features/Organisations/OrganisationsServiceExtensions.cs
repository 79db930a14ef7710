namespace NsfcSeminar.Web.Features.Organisations;

internal static class OrganisationsServiceExtensions
{
    /// <summary>An organisation's page.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services) => services
        .AddSingleton<OrganisationQuery>();
}
