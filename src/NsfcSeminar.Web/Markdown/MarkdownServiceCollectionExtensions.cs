using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    /// <summary>One renderer for the whole portal: the pipeline, sanitizer and cache of rendered
    /// texts are built once and are safe to share between requests; <see cref="MarkdownOptions"/>
    /// bounds the cache.</summary>
    public static IServiceCollection AddMarkdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MarkdownOptions>().Bind(configuration.GetSection(MarkdownOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSingleton(provider => new MarkdownRenderer(provider.GetRequiredService<IOptions<MarkdownOptions>>().Value.MarkdownCacheCharacters));
    }
}
