using NsfcSeminar.Data.Model;

namespace NsfcSeminar.IntegrationTests.Infrastructure;

/// <summary>Speeches with a chosen speaker and themes, for tests that count who said what.</summary>
internal static class SpeechBuilder
{
    public static Meeting WithSpeech(this Meeting meeting, Person? person, Organisation? organisation, params ReformTheme[] themes)
    {
        var number = meeting.Speeches.Count + 1;
        var speech = new Speech
        {
            Anchor = $"speech-{number}",
            SortOrder = number,
            Kind = SpeechKind.Discussion,
            SpeakerPerson = person,
            SpeakerOrganisation = organisation,
            Texts =
            {
                new SpeechText { Language = Language.En, Title = $"Remarks {number} at {meeting.Slug}", BodyMarkdown = "Remarks." },
                new SpeechText { Language = Language.Zh, Title = $"发言{number}", BodyMarkdown = "发言。", Provenance = TextProvenance.Translation },
            },
        };
        speech.Themes.AddRange(themes);
        meeting.Speeches.Add(speech);
        return meeting;
    }
}
