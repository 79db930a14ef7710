using System.Text.Json;
using System.Text.Json.Serialization;
using NsfcSeminar.Web.Hosting;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Api;

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
        return services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<BilingualSchemaTransformer>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "NsfcSeminar archive API";
                document.Info.Description = "Read-only. Lists are paged with page (from 1) and pageSize (1 to 100) and answer "
                    + "{items, page, pageSize, total}; bad values answer 400 and unknown slugs 404, as problem details. "
                    + "Anonymous callers see published public records only.";
                return Task.CompletedTask;
            });
        });
    }

    public static IEndpointRouteBuilder MapSeminarApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api")
            .RequireRateLimiting(PortalRateLimits.Api)
            .MapMeetingsApi()
            .MapThemesApi()
            .MapPeopleApi()
            .MapSpeechesApi()
            .AnswerUnknownAddresses();
        endpoints.MapOpenApi();
        return endpoints;
    }
}
