namespace NsfcSeminar.Web.Features.Admin;

internal static class AdministrationServiceExtensions
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddSingleton<AuditQuery>()
        .AddScoped<AccountChanges>();
}
