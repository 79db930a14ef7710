namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>A seminar about to be created, as far as telling it from archived ones goes.</summary>
public sealed record SeminarCandidate(string Slug, DateOnly StartDate, int? SeriesId, int? SequenceNumber, IReadOnlyCollection<string> Titles);
