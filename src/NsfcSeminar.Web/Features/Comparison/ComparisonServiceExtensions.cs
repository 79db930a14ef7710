namespace NsfcSeminar.Web.Features.Comparison;

internal static class ComparisonServiceExtensions
{
    /// <summary>Two seminars compared: how each worded the themes they share, and the seminars a meeting page offers to compare with.</summary>
    public static IServiceCollection AddComparison(this IServiceCollection services) => services
        .AddSingleton<SeminarWordingQuery>()
        .AddSingleton<SeminarComparisonQuery>()
        .AddSingleton<ComparisonChoicesQuery>();
}
