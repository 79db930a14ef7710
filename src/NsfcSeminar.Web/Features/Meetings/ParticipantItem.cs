using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>A person (with the body they represented), a body, or a named group.</summary>
public sealed record ParticipantItem(
    ParticipantRole Role,
    RecordLink? Person,
    Bilingual? Honorific,
    RecordLink? Organisation,
    Bilingual? GroupName,
    Bilingual Position,
    Bilingual Note,
    int? GroupSize,
    bool GroupSizeIsMinimum);
