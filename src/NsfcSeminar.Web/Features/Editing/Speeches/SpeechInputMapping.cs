using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>The one place that copies between the speech form and the entity.</summary>
internal static class SpeechInputMapping
{
    public static SpeechInput ToInput(Speech speech)
    {
        var input = new SpeechInput
        {
            Id = speech.Id,
            Version = speech.Version,
            MeetingId = speech.MeetingId,
            Anchor = speech.Anchor,
            Kind = speech.Kind,
            SpeakerPersonId = speech.SpeakerPersonId,
            SpeakerOrganisationId = speech.SpeakerOrganisationId,
            SpeakerGroupId = speech.SpeakerGroupId,
            SpeakerDescription = BilingualInput.From(speech.SpeakerDescription),
            ThemeIds = speech.Themes.Select(t => t.Id).Order().ToList(),
        };
        foreach (var text in speech.Texts)
        {
            var target = input.Text(text.Language);
            target.Present = true;
            target.Title = text.Title;
            target.Summary = text.Summary;
            target.BodyMarkdown = text.BodyMarkdown;
            target.Provenance = text.Provenance;
            target.TranslatedBy = text.TranslatedBy;
        }

        return input;
    }

    /// <summary>The input as a save stores it (trimmed, blanks as none, absent versions empty):
    /// what the stored speech is confirmed against.</summary>
    public static SpeechInput AsStored(SpeechInput input)
    {
        var speech = new Speech { Anchor = "", MeetingId = input.MeetingId };
        Apply(input, speech, [.. input.ThemeIds.Distinct().Select(id => new ReformTheme { Id = id, Slug = "" })]);
        return ToInput(speech);
    }

    public static void Apply(SpeechInput input, Speech speech, IReadOnlyList<ReformTheme> themes)
    {
        speech.Anchor = input.Anchor.Trim();
        speech.Kind = input.Kind;
        speech.SpeakerPersonId = input.SpeakerPersonId;
        speech.SpeakerOrganisationId = input.SpeakerOrganisationId;
        speech.SpeakerGroupId = input.SpeakerGroupId;
        speech.SpeakerDescription = input.SpeakerDescription.ToBilingual();
        foreach (var version in input.Texts)
        {
            var text = speech.Texts.FirstOrDefault(t => t.Language == version.Language);
            if (!version.Present)
            {
                if (text is not null)
                {
                    speech.Texts.Remove(text);
                }

                continue;
            }

            if (text is null)
            {
                text = new SpeechText { Language = version.Language, Title = "" };
                speech.Texts.Add(text);
            }

            text.Title = version.Title.Trim();
            text.Summary = BilingualInput.Clean(version.Summary);
            text.BodyMarkdown = version.BodyMarkdown;
            text.Provenance = version.Provenance;
            text.TranslatedBy = version.Provenance == TextProvenance.Translation ? BilingualInput.Clean(version.TranslatedBy) : null;
        }

        speech.Themes.RemoveAll(t => !input.ThemeIds.Contains(t.Id));
        speech.Themes.AddRange(themes.Where(t => speech.Themes.All(existing => existing.Id != t.Id)));
    }
}
