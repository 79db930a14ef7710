namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>An archived seminar a new one may repeat, and why it looks the same.</summary>
public sealed record PossibleDuplicate(string CandidateSlug, string ArchivedSlug, DuplicateReason Reason)
{
    /// <summary>The reason in the words of the import report (English, as the rest of it).</summary>
    public string Described => Reason == DuplicateReason.SameTitle ? "the same title" : "the same date, series and number";
}
