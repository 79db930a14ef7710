using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>A speech's form as labelled values, to show which fields another editor changed.</summary>
internal static class SpeechConflictFields
{
    public static IReadOnlyList<KeyValuePair<string, string?>> Flatten(SpeechInput input, EditingLookups lookups, IStringLocalizer<SharedResource> L)
    {
        var fields = new List<KeyValuePair<string, string?>>
        {
            new(L["Curation.Kind"], L[Labels.Of(input.Kind)].Value),
            new(L["Editing.Anchor"], input.Anchor),
            new(L["Drafting.Speaker"], EditingLookups.Find(lookups.People, input.SpeakerPersonId)?.Label),
            new(L["Editing.ForTheOrganisation"], EditingLookups.Find(lookups.Organisations, input.SpeakerOrganisationId)?.Label),
        };
        foreach (var text in input.Texts)
        {
            var language = (text.Language == Language.Zh ? L["Editing.ChineseVersion"] : L["Editing.EnglishVersion"]).Value;
            fields.Add(new($"{L["Editing.Title"]} · {language}", text.Present ? text.Title : null));
            fields.Add(new($"{L["Drafting.Summary"]} · {language}", text.Present ? text.Summary : null));
            fields.Add(new($"{L["Editing.TextOfTheSpeech"]} · {language}", text.Present ? text.BodyMarkdown : null));
            fields.Add(new($"{L["Editing.ThisVersionIs"]} · {language}", text.Present ? L[Labels.Of(text.Provenance)].Value : null));
        }

        fields.Add(new(L["Layout.ReformThemes"], string.Join("; ", lookups.Themes.Where(t => input.ThemeIds.Contains(t.Id)).Select(t => t.Name.En ?? t.Name.Zh))));
        return fields;
    }
}
