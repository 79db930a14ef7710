using NsfcSeminar.Web.Features.Comparison;
using NsfcSeminar.Web.Features.Home;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Organisations;
using NsfcSeminar.Web.Features.People;
using NsfcSeminar.Web.Features.Themes;
using NsfcSeminar.Web.Features.Wording;

namespace NsfcSeminar.Web.Features;

internal static class ReadingFeatureServiceExtensions
{
    /// <summary>The reading pages, each feature registering its own queries. Each query opens its
    /// own short-lived context, so they are safe as singletons.</summary>
    public static IServiceCollection AddReadingFeatures(this IServiceCollection services) => services
        .AddHome()
        .AddMeetings()
        .AddPeople()
        .AddOrganisations()
        .AddThemes()
        .AddComparison();
}
