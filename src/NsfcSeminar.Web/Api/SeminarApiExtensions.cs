using System.Text.Json;
using System.Text.Json.Serialization;

namespace NsfcSeminar.Web.Api;

/// <summary>
/// The read-only JSON API under <c>/api</c> (one group per feature) and its OpenAPI document at
/// <c>/openapi/v1.json</c>. Callers see what the same person sees on the pages: anonymous callers
/// only published public records.
/// </summary>
internal static class SeminarApiExtensions
{
    public static IServiceCollection AddSeminarApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.Converters.Add(new BilingualJsonConverter());
        });
        return services.AddOpenApi();
    }

    public static IEndpointRouteBuilder MapSeminarApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api")
            .MapMeetingsApi()
            .MapThemesApi()
            .MapPeopleApi();
        endpoints.MapOpenApi();
        return endpoints;
    }
}
