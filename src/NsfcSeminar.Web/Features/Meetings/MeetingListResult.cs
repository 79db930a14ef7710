using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

public sealed record MeetingListResult(
    IReadOnlyList<MeetingSummary> Meetings,
    int Page,
    int PageCount,
    int TotalCount,
    IReadOnlyList<int> Years,
    IReadOnlyList<RecordLink> Series);
