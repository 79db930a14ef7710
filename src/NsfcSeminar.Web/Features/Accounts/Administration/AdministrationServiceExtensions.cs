namespace NsfcSeminar.Web.Features.Accounts.Administration;

internal static class AdministrationServiceExtensions
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddScoped<AccountChanges>();
}
