using System.Globalization;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Features.Editing.Forms;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Editing.Meetings;

/// <summary>A seminar's form as labelled values, to show which fields another editor changed.</summary>
internal static class MeetingConflictFields
{
    public static IReadOnlyList<KeyValuePair<string, string?>> Flatten(MeetingInput input, EditingLookups lookups, IStringLocalizer<SharedResource> L)
    {
        var fields = new List<KeyValuePair<string, string?>>
        {
            new(L["Curation.AddressSlug"], input.Slug),
            new(L["Curation.Kind"], L[Labels.Of(input.Kind)]),
            new(L["Editing.FirstDay"], input.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new(L["Editing.LastDay"], input.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new(L["Drafting.Series"], EditingLookups.Find(lookups.Series, input.SeriesId)?.Label),
            new(L["Drafting.NumberInTheSeries"], input.SequenceNumber?.ToString(CultureInfo.InvariantCulture)),
            new(L["Editing.Place"], $"{input.Place.En} {input.Place.Zh}".Trim()),
            new(L["Drafting.Format"], L[Labels.Of(input.Format)]),
            new(L["Editing.Organiser"], EditingLookups.Find(lookups.Organisations, input.OrganiserId)?.Label),
            new(L["Editing.Status2"], input.Status.ToString()),
            new(L["Editing.Visibility"], input.Visibility.ToString()),
        };
        foreach (var text in input.Texts)
        {
            var language = (text.Language == Language.Zh ? L["Editing.ChineseVersion"] : L["Editing.EnglishVersion"]).Value;
            fields.Add(new($"{L["Editing.Title"]} · {language}", text.Present ? text.Title : null));
            fields.Add(new($"{L["Drafting.StatedTheme"]} · {language}", text.Present ? text.StatedTheme : null));
            fields.Add(new($"{L["Drafting.Summary"]} · {language}", text.Present ? text.Summary : null));
            fields.Add(new($"{L["Editing.Minutes"]} · {language}", text.Present ? text.MinutesMarkdown : null));
            fields.Add(new($"{L["Editing.ThisVersionIs"]} · {language}", text.Present ? L[Labels.Of(text.Provenance)].Value : null));
        }

        fields.Add(new(L["Drafting.Participants"], string.Join("; ", input.Participants.Select(p => string.Join(" ", new[]
        {
            L[Labels.Of(p.Role)].Value,
            EditingLookups.Find(lookups.People, p.PersonId)?.Label,
            EditingLookups.Find(lookups.Organisations, p.OrganisationId)?.Label,
            EditingLookups.Find(lookups.Groups, p.GroupId)?.Label,
            p.Position.En,
            p.Position.Zh,
        }.Where(part => !string.IsNullOrWhiteSpace(part)))))));
        fields.Add(new(L["Editing.GuidingDocumentsCited"], string.Join("; ", input.CitedDocumentIds.Select(id => EditingLookups.Find(lookups.Documents, id)?.Label))));
        fields.Add(new(L["Layout.ReformThemes"], string.Join("; ", lookups.Themes.Where(t => input.ThemeIds.Contains(t.Id)).Select(t => t.Name.En ?? t.Name.Zh))));
        return fields;
    }
}
