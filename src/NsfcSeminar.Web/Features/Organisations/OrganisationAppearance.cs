using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Organisations;

/// <summary>A meeting the organisation took part in: on its own, through a person who
/// represented it, or through one of its groups.</summary>
public sealed record OrganisationAppearance(
    MeetingSummary Meeting,
    ParticipantRole Role,
    RecordLink? Person,
    Bilingual? GroupName,
    Bilingual Position);
