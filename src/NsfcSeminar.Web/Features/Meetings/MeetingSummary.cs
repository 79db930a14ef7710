using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>A meeting as lists show it.</summary>
public sealed record MeetingSummary(
    string Slug,
    Bilingual Title,
    DateOnly StartDate,
    DateOnly? EndDate,
    RecordLink? Series,
    int? SequenceNumber,
    Bilingual Place,
    bool IsSample,
    int SpeechCount);
