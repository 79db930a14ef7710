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
            new(L["Address (slug)"], input.Slug),
            new(L["Kind"], L[Labels.Of(input.Kind)]),
            new(L["First day"], input.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new(L["Last day"], input.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new(L["Series"], EditingLookups.Find(lookups.Series, input.SeriesId)?.Label),
            new(L["Number in the series"], input.SequenceNumber?.ToString(CultureInfo.InvariantCulture)),
            new(L["Place"], $"{input.Place.En} {input.Place.Zh}".Trim()),
            new(L["Format"], L[Labels.Of(input.Format)]),
            new(L["Organiser"], EditingLookups.Find(lookups.Organisations, input.OrganiserId)?.Label),
            new(L["Status:"], input.Status.ToString()),
            new(L["Visibility"], input.Visibility.ToString()),
        };
        foreach (var text in input.Texts)
        {
            var language = (text.Language == Language.Zh ? L["Chinese version"] : L["English version"]).Value;
            fields.Add(new($"{L["Title"]} · {language}", text.Present ? text.Title : null));
            fields.Add(new($"{L["Stated theme"]} · {language}", text.Present ? text.StatedTheme : null));
            fields.Add(new($"{L["Summary"]} · {language}", text.Present ? text.Summary : null));
            fields.Add(new($"{L["Minutes"]} · {language}", text.Present ? text.MinutesMarkdown : null));
            fields.Add(new($"{L["This version is"]} · {language}", text.Present ? L[Labels.Of(text.Provenance)].Value : null));
        }

        fields.Add(new(L["Participants"], string.Join("; ", input.Participants.Select(p => string.Join(" ", new[]
        {
            L[Labels.Of(p.Role)].Value,
            EditingLookups.Find(lookups.People, p.PersonId)?.Label,
            EditingLookups.Find(lookups.Organisations, p.OrganisationId)?.Label,
            EditingLookups.Find(lookups.Groups, p.GroupId)?.Label,
            p.Position.En,
            p.Position.Zh,
        }.Where(part => !string.IsNullOrWhiteSpace(part)))))));
        fields.Add(new(L["Guiding documents cited"], string.Join("; ", input.CitedDocumentIds.Select(id => EditingLookups.Find(lookups.Documents, id)?.Label))));
        fields.Add(new(L["Reform themes"], string.Join("; ", lookups.Themes.Where(t => input.ThemeIds.Contains(t.Id)).Select(t => t.Name.En ?? t.Name.Zh))));
        return fields;
    }
}
