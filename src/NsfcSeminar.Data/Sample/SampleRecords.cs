using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Data.Sample;

/// <summary>Short ways to write the sample records' participants and texts.</summary>
internal static class SampleRecords
{
    public static void Add(this Meeting meeting, ParticipantRole role, Person person, string? positionEn = null, string? positionZh = null, Organisation? of = null) =>
        meeting.Participations.Add(new Participation
        {
            Role = role,
            Person = person,
            Organisation = of,
            Position = Bilingual.Of(positionEn, positionZh),
            SortOrder = meeting.Participations.Count,
        });

    public static void Add(this Meeting meeting, ParticipantRole role, Organisation organisation) =>
        meeting.Participations.Add(new Participation { Role = role, Organisation = organisation, SortOrder = meeting.Participations.Count });

    public static void Add(this Meeting meeting, ParticipantRole role, AttendeeGroup group, Organisation? of = null) =>
        meeting.Participations.Add(new Participation { Role = role, Group = group, Organisation = of, SortOrder = meeting.Participations.Count });

    public static Speech AddSpeech(this Meeting meeting, string anchor, SpeechKind kind, Person? person, Organisation? organisation, params ReformTheme[] themes)
    {
        var speech = new Speech
        {
            Anchor = anchor,
            Kind = kind,
            SpeakerPerson = person,
            SpeakerOrganisation = organisation,
            SortOrder = meeting.Speeches.Count + 1,
        };
        speech.Themes.AddRange(themes);
        meeting.Speeches.Add(speech);
        return speech;
    }

    public static Speech In(this Speech speech, Language language, string title, string body, TextProvenance provenance = TextProvenance.EditorialSummary, string? translatedBy = null)
    {
        speech.Texts.Add(new SpeechText
        {
            Language = language,
            Title = title,
            BodyMarkdown = body,
            Provenance = provenance,
            TranslatedBy = translatedBy,
        });
        return speech;
    }
}
