using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Search;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

/// <summary>A speech (or meeting record) in the API's answer.</summary>
public sealed record ApiFoundSpeech(
    string Url,
    string Meeting,
    string? Anchor,
    DateOnly Date,
    string Kind,
    Bilingual Title,
    Bilingual MeetingTitle,
    RecordLink? Speaker,
    RecordLink? Organisation,
    string Snippet);
