using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Citations;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Api;

public sealed record ApiSpeech(
    string Anchor,
    SpeechKind Kind,
    RecordLink? Person,
    Bilingual? Honorific,
    RecordLink? Organisation,
    IReadOnlyList<SpeechTextVersion> Texts,
    IReadOnlyList<RecordLink> Themes,
    ApiCitation Citation);
