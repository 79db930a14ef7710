using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NsfcSeminar.Web.Features.Interchange.Exporting;
using NsfcSeminar.Web.Features.Interchange.Importing;
using NsfcSeminar.Web.Features.Interchange.Upload;

namespace NsfcSeminar.Web.Features.Interchange;

internal static class InterchangeServiceExtensions
{
    public static IServiceCollection AddInterchange(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InterchangeOptions>().Bind(configuration.GetSection(InterchangeOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<ArchiveImport>()
            .AddSingleton<ArchiveExport>()
            .AddSingleton<UploadedBundles>();
    }

    /// <summary>Lets an upload to the import page be as large as the configured limit (plus
    /// room for the form around it) instead of the server's 30 MB default, for that page only.
    /// The page itself refuses a file over the limit with a clear message.</summary>
    public static IApplicationBuilder UseBundleUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.Path.Equals(ImportPaths.Page, StringComparison.OrdinalIgnoreCase)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            var options = context.RequestServices.GetRequiredService<IOptions<InterchangeOptions>>().Value;
            limit.MaxRequestBodySize = options.MaxUploadBytes + (1024 * 1024);
        }

        await next(context);
    });
}
