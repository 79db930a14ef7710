namespace NsfcSeminar.Web.Features.Themes;

internal static class ThemesServiceExtensions
{
    /// <summary>The reform themes: their tree, a theme's page, its analysis and its wording.</summary>
    public static IServiceCollection AddThemes(this IServiceCollection services) => services
        .AddSingleton<ThemeTreeQuery>()
        .AddSingleton<ThemeQuery>()
        .AddSingleton<ThemeAnalysisQuery>()
        .AddSingleton<Wording.ThemeWordingQuery>();
}
