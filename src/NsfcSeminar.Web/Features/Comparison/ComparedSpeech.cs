using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>A speech with what the comparison needs: where it is, its titles (a title is made
/// from its kind and speaker where it has none), its speaker and the slugs of its themes.</summary>
public sealed record ComparedSpeech(
    int Id, string Anchor, SpeechKind Kind, ComparedSpeaker? Speaker, IReadOnlyList<SpeechTitleVersion> Titles, IReadOnlyList<string> ThemeSlugs);
