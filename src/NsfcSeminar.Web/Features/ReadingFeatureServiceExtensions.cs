using NsfcSeminar.Web.Features.Comparison;
using NsfcSeminar.Web.Features.Home;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Organisations;
using NsfcSeminar.Web.Features.People;
using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Features.Themes.Wording;
using NsfcSeminar.Web.Features.Wording;

namespace NsfcSeminar.Web.Features;

internal static class ReadingFeatureServiceExtensions
{
    /// <summary>The queries behind the reading pages. Each opens its own short-lived context, so
    /// they are safe as singletons.</summary>
    public static IServiceCollection AddReadingFeatures(this IServiceCollection services) => services
        .AddSingleton<ArchiveOverviewQuery>()
        .AddSingleton<MeetingListQuery>()
        .AddSingleton<MeetingRecordQuery>()
        .AddSingleton<PersonQuery>()
        .AddSingleton<OrganisationQuery>()
        .AddSingleton<ThemeTreeQuery>()
        .AddSingleton<ThemeQuery>()
        .AddSingleton<ThemeAnalysisQuery>()
        .AddSingleton<TermCutter>()
        .AddSingleton<ThemeWordingQuery>()
        .AddSingleton<SeminarWordingQuery>()
        .AddSingleton<SeminarComparisonQuery>()
        .AddSingleton<ComparisonChoicesQuery>();
}
