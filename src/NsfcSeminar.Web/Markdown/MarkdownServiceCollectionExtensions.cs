namespace NsfcSeminar.Web.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    /// <summary>One renderer for the whole portal: the pipeline, sanitizer and cache of rendered
    /// texts are built once and are safe to share between requests. <c>Seminar:MarkdownCacheCharacters</c>
    /// bounds the cache (0 turns it off, for measuring the renderer itself).</summary>
    public static IServiceCollection AddMarkdown(this IServiceCollection services) =>
        services.AddSingleton(provider => new MarkdownRenderer(
            provider.GetService<IConfiguration>()?.GetValue("Seminar:MarkdownCacheCharacters", MarkdownRenderer.DefaultCacheSize)
            ?? MarkdownRenderer.DefaultCacheSize));
}
