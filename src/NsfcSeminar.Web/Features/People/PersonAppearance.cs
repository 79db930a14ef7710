using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.People;

/// <summary>A meeting someone took part in, with the role and the position they had there.</summary>
public sealed record PersonAppearance(MeetingSummary Meeting, ParticipantRole Role, Bilingual Position, RecordLink? Organisation);
