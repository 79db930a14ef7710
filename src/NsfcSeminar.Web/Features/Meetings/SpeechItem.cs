using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

public sealed record SpeechItem(
    string Anchor,
    SpeechKind Kind,
    RecordLink? Person,
    Bilingual? Honorific,
    RecordLink? Organisation,
    IReadOnlyList<SpeechTextVersion> Texts,
    IReadOnlyList<RecordLink> Themes,
    Bilingual? SpeakerGroup,
    Bilingual SpeakerDescription,
    string? SessionAnchor)
{
    /// <summary>Who spoke, as a title made at render time names them: the person, else the
    /// organisation, the group, or the sources' description of an unnamed speaker.</summary>
    public Bilingual? SpeakerName => Person?.Name ?? Organisation?.Name ?? SpeakerGroup ?? (SpeakerDescription.IsEmpty ? null : SpeakerDescription);
}
