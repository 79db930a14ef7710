using NsfcSeminar.Data.Model;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>Speeches with chosen words, for tests that count how a theme or a seminar was worded.</summary>
internal static class WordedSpeechBuilder
{
    /// <summary>Adds a speech whose English and (if given) Chinese texts say what the test needs;
    /// the titles say nothing a test counts.</summary>
    public static Meeting WithWordedSpeech(this Meeting meeting, Person? speaker, string? english, string? chinese, params ReformTheme[] themes)
    {
        var number = meeting.Speeches.Count + 1;
        var speech = new Speech { Anchor = $"remarks-{number}", SortOrder = number, Kind = SpeechKind.Discussion, SpeakerPerson = speaker };
        if (speaker is null)
        {
            // Every speech names a speaker (ck_speeches_has_speaker); one unnamed is described.
            speech.SpeakerDescription = Bilingual.Of("a participant", "一位与会者");
        }

        if (english is not null)
        {
            speech.Texts.Add(new SpeechText { Language = Language.En, Title = "Remarks", BodyMarkdown = english });
        }

        if (chinese is not null)
        {
            speech.Texts.Add(new SpeechText { Language = Language.Zh, Title = "发言", BodyMarkdown = chinese, Provenance = TextProvenance.Translation });
        }

        speech.Themes.AddRange(themes);
        meeting.Speeches.Add(speech);
        return meeting;
    }
}
