using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Citations;

/// <summary>The facts a citation is made of, in both languages.</summary>
public sealed record CitationSource(
    Bilingual? Person,
    Bilingual? Organisation,
    Bilingual SpeechTitle,
    Bilingual MeetingTitle,
    DateOnly Date,
    string MeetingSlug,
    string Anchor,
    Bilingual? Unnamed = null);
