namespace NsfcSeminar.Web.Features.Meetings;

public sealed record MeetingListFilter(int? Year, string? Series, int Page);
