namespace NsfcSeminar.Web.Features.People;

internal static class PeopleServiceExtensions
{
    /// <summary>A person's page.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services) => services
        .AddSingleton<PersonQuery>();
}
