using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

public sealed record SpeechTextVersion(
    Language Language,
    string Title,
    string? Summary,
    string BodyMarkdown,
    TextProvenance Provenance,
    string? TranslatedBy) : ITitledVersion;
