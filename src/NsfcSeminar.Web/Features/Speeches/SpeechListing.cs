using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Speeches;

/// <summary>A speech as the person, organisation and theme pages list it.</summary>
public sealed record SpeechListing(
    string MeetingSlug,
    Bilingual MeetingTitle,
    DateOnly Date,
    string Anchor,
    SpeechKind Kind,
    Bilingual Title,
    RecordLink? Person,
    RecordLink? Organisation);
