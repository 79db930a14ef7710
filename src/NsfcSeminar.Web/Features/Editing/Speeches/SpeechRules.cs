using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Features.Saving;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.Editing.Speeches;

/// <summary>What a speech must satisfy before it is saved; the database checks the same.</summary>
internal static class SpeechRules
{
    public static IEnumerable<FieldProblem> Check(SpeechInput input, IStringLocalizer<SharedResource> L)
    {
        if (!string.IsNullOrWhiteSpace(input.Anchor) && !Slug.IsValid(input.Anchor.Trim()))
        {
            yield return new(input, nameof(input.Anchor), L["Editing.UseLowerCaseLettersAZDigitsAndSingleHyphensOnlyE"]);
        }

        if (input.SpeakerPersonId is null && input.SpeakerOrganisationId is null && input.SpeakerGroupId is null
            && input.SpeakerDescription.ToBilingual().IsEmpty)
        {
            yield return new(input, nameof(input.SpeakerPersonId), L["Editing.ChooseWhoGaveThisSpeechA"]);
        }

        var present = input.Texts.Where(t => t.Present).ToList();
        if (present.Count == 0)
        {
            yield return new(input.Text(Language.Zh), nameof(SpeechTextInput.Present), L["Editing.KeepAtLeastOneLanguageVersionOfThisSpeech"]);
        }

        // A speech may have no title (sources often give none; pages make one when they show
        // it), but a language version with neither a title nor a text holds nothing.
        foreach (var text in present.Where(t => string.IsNullOrWhiteSpace(t.Title) && string.IsNullOrWhiteSpace(t.BodyMarkdown)))
        {
            yield return new(text, nameof(text.Title), L["Editing.EnterATitleOrTheText"]);
        }

        if (present.Count(t => t.Provenance == TextProvenance.Original) > 1)
        {
            yield return new(input.Text(Language.En), nameof(SpeechTextInput.Provenance), L["Editing.OnlyOneLanguageVersionCanBe"]);
        }
    }

    /// <summary>An anchor made from the kind of speech and the speaker ("report-planning-bureau").</summary>
    public static string SuggestAnchor(SpeechInput input, EditingLookups lookups)
    {
        var speaker = EditingLookups.Find(lookups.People, input.SpeakerPersonId)?.Slug
            ?? EditingLookups.Find(lookups.Organisations, input.SpeakerOrganisationId)?.Slug;
        var title = input.Texts.FirstOrDefault(t => t.Present && t.Language == Language.En)?.Title;
        var kind = System.Text.RegularExpressions.Regex.Replace(input.Kind.ToString(), "(?<=[a-z])(?=[A-Z])", " ");
        return Slug.From($"{kind} {speaker ?? title ?? ""}");
    }
}
