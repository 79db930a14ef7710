using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NsfcSeminar.Data.Revisions;

namespace NsfcSeminar.Web.Features.Accounts.Acting;

internal static class ActingServiceExtensions
{
    /// <summary>Who is saving (<see cref="ICurrentEditor"/>), answered by <see cref="CurrentEditor"/>
    /// for the portal and its commands alike; without it, the data layer names "system".</summary>
    public static IServiceCollection AddActing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        return services
            .AddSingleton<CurrentEditor>()
            .AddSingleton<ICurrentEditor>(provider => provider.GetRequiredService<CurrentEditor>());
    }

    /// <summary>The interactive pages' part: the circuit's user is the one saving while the circuit
    /// handles an event. Needs the authentication state the accounts feature registers.</summary>
    public static IServiceCollection AddActingInCircuits(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, EditorCircuitHandler>());
        return services;
    }
}
