namespace NsfcSeminar.Web.Features.Wording;

/// <summary>A term's uses (and the speeches using it) on one side and on the other;
/// <see cref="LogRatio"/> is the natural log of its share on this side over its share on the other.</summary>
public sealed record TermMove(string Term, int Count, int PreviousCount, int Speeches, int PreviousSpeeches, double LogRatio);
