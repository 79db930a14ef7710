using NsfcSeminar.Web.Features.Meetings;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>What the comparison page answers: the two seminars compared, or, when only one was
/// named (or the same one twice), that one with the seminars it may be compared with.</summary>
public sealed record ComparisonAnswer(MeetingRecord First, bool SameTwice, IReadOnlyList<ComparableSeminar> Choices, SeminarComparison? Comparison);
