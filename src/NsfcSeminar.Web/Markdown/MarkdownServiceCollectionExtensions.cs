namespace NsfcSeminar.Web.Markdown;

public static class MarkdownServiceCollectionExtensions
{
    /// <summary>One renderer for the whole portal: the pipeline and sanitizer are built once and
    /// are safe to share between requests.</summary>
    public static IServiceCollection AddMarkdown(this IServiceCollection services) =>
        services.AddSingleton<MarkdownRenderer>();
}
