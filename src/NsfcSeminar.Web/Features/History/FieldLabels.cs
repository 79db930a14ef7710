using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;

namespace NsfcSeminar.Web.Features.History;

/// <summary>The reader's words for the field names that revisions and their differences use (the
/// snapshot's names); an item's own label (a language, a slug) is shown as it is.</summary>
internal static class FieldLabels
{
    public static string Of(string field, IStringLocalizer<SharedResource> L) => field switch
    {
        "Slug" => L["Curation.AddressSlug"],
        "Kind" => L["Curation.Kind"],
        "Series" => L["Drafting.Series"],
        "SequenceNumber" => L["Drafting.NumberInTheSeries"],
        "SequenceTerm" => L["History.TermOfTheSeries"],
        "StartDate" => L["Drafting.Date"],
        "EndDate" => L["Editing.LastDay"],
        "Place" => L["Editing.Place"],
        "Format" => L["Drafting.Format"],
        "Organiser" => L["Editing.Organiser"],
        "Status" => L["Editing.Status"],
        "Visibility" => L["Editing.Visibility"],
        "IsSample" => L["History.SampleRecord"],
        "PublishedAt" => L["History.TimeOfPublication"],
        "Texts" => L["History.Texts"],
        "Participations" => L["Drafting.Participants"],
        "Speeches" => L["Drafting.Speeches"],
        "Citations" => L["History.GuidingDocuments"],
        "Themes" => L["History.Themes"],
        "Title" => L["Editing.Title"],
        "StatedTheme" => L["Drafting.StatedTheme"],
        "Summary" => L["Drafting.Summary"],
        "MinutesMarkdown" => L["Editing.Minutes"],
        "BodyMarkdown" => L["History.Text"],
        "Provenance" => L["History.Provenance"],
        "TranslatedBy" => L["History.TranslatedBy"],
        "Role" => L["Drafting.Role"],
        "SortOrder" => L["History.Order"],
        "Person" => L["Drafting.Person"],
        "Organisation" => L["Drafting.Organisation"],
        "Group" => L["Drafting.Group"],
        "Position" => L["History.Position"],
        "Anchor" => L["Editing.Anchor"],
        "SpeakerPerson" => L["Drafting.Speaker"],
        "SpeakerOrganisation" => L["History.SpeakingFor"],
        "Name" => L["Alerts.Name"],
        "Honorific" => L["History.Honorific"],
        "ShortName" => L["History.ShortName"],
        "Parent" => L["History.Parent"],
        "Description" => L["History.Description"],
        _ when Languages.FromCode(field) is { } language => language.NameIn(ReaderLanguage.Current),
        _ => field,
    };

    /// <summary>"Texts, Speeches" as the reader's words.</summary>
    public static string Summary(string summary, IStringLocalizer<SharedResource> L) =>
        string.Join(", ", summary.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(field => Of(field, L)));

    public static string Of(RevisionAction action, string? note, IStringLocalizer<SharedResource> L) => action switch
    {
        RevisionAction.Created => L["History.Created"],
        RevisionAction.Deleted => L["History.Deleted"],
        RevisionAction.Restored => L["History.RestoredRevision", note ?? string.Empty],
        RevisionAction.Merged => L["History.MergedInto", note ?? string.Empty],
        _ => L["History.Edited"],
    };
}
