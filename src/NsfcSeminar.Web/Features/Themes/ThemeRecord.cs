using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Features.Speeches;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Themes;

public sealed record ThemeRecord(
    string Slug,
    Bilingual Name,
    Bilingual Description,
    RecordLink? Parent,
    IReadOnlyList<RecordLink> Children,
    IReadOnlyList<SpeechListing> Speeches,
    IReadOnlyList<MeetingSummary> Meetings);
