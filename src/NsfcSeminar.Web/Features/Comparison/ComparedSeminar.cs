using NsfcSeminar.Web.Features.Meetings;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Comparison;

/// <summary>One of the two seminars: its facts, the themes it or its speeches carry, its speeches.</summary>
public sealed record ComparedSeminar(MeetingRecord Record, IReadOnlyList<RecordLink> Themes, IReadOnlyList<ComparedSpeech> Speeches)
{
    /// <summary>Who spoke, each once, in the order they first spoke.</summary>
    public IReadOnlyList<ComparedSpeaker> Speakers => Speeches.Select(s => s.Speaker).OfType<ComparedSpeaker>().Distinct().ToList();

    public IReadOnlyList<ComparedSpeech> SpeechesOn(string themeSlug) => Speeches.Where(s => s.ThemeSlugs.Contains(themeSlug)).ToList();
}
