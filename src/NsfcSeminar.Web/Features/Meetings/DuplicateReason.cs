namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>Why a new seminar looks like an archived one.</summary>
public enum DuplicateReason
{
    SameDateSeriesAndNumber,
    SameTitle,
}
