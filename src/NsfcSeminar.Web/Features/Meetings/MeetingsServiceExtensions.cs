namespace NsfcSeminar.Web.Features.Meetings;

internal static class MeetingsServiceExtensions
{
    /// <summary>The list of seminars and a seminar's record.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services) => services
        .AddSingleton<MeetingListQuery>()
        .AddSingleton<MeetingRecordQuery>()
        .AddSingleton<MeetingPageQuery>();
}
