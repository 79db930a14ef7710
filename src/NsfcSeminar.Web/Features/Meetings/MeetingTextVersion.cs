using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

public sealed record MeetingTextVersion(
    Language Language,
    string Title,
    string? StatedTheme,
    string? Summary,
    string? MinutesMarkdown,
    TextProvenance Provenance,
    string? TranslatedBy) : ITitledVersion;
