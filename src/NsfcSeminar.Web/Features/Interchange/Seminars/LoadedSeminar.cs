using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Interchange.Seminars;

/// <summary>A meeting with all it owns, theme links as ids: what export writes and what an
/// import compares an incoming record with.</summary>
internal sealed record LoadedSeminar(
    Meeting Meeting,
    List<MeetingText> Texts,
    List<Participation> Participants,
    List<LoadedSpeech> Speeches,
    List<MeetingCitation> Citations,
    List<int> ThemeIds,
    List<MeetingSession> Sessions,
    List<LoadedSource> Sources)
{
    /// <summary>The same shape over a graph built in memory, so that an incoming record can be
    /// written back out exactly as export would write it once stored.</summary>
    public static LoadedSeminar From(Meeting meeting) => new(
        meeting,
        meeting.Texts,
        meeting.Participations,
        [.. meeting.Speeches.Select(s => new LoadedSpeech(s, s.Texts, [.. s.Themes.Select(t => t.Id)]))],
        meeting.Citations,
        [.. meeting.Themes.Select(t => t.Id)],
        meeting.Sessions,
        [.. meeting.Sources.Select(s => new LoadedSource(s, s.Copies))]);
}

internal sealed record LoadedSpeech(Speech Speech, List<SpeechText> Texts, List<int> ThemeIds);

internal sealed record LoadedSource(Source Source, List<ArchivedCopy> Copies);
