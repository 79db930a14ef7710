using Microsoft.AspNetCore.Components;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Markdown;

namespace NsfcSeminar.Web.Features.Speeches;

public sealed partial class SideBySideView
{
    [Inject] private MarkdownRenderer Markdown { get; set; } = null!;

    [Parameter, EditorRequired] public MeetingRecord Meeting { get; set; } = null!;

    [Parameter, EditorRequired] public SpeechItem Speech { get; set; } = null!;

    private Bilingual MeetingTitle => Bilingual.Of(
        Meeting.Texts.FirstOrDefault(t => t.Language == Language.En)?.Title,
        Meeting.Texts.FirstOrDefault(t => t.Language == Language.Zh)?.Title);

    /// <summary>The original first; where neither is marked as such, Chinese first, the language
    /// the foundation's seminars are held in.</summary>
    private List<SpeechTextVersion> Ordered() => Speech.Texts
        .OrderBy(t => t.Provenance == TextProvenance.Original ? 0 : 1)
        .ThenBy(t => t.Language == Language.Zh ? 0 : 1)
        .ToList();
}
