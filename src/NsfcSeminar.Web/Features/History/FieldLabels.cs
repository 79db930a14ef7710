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
        "Slug" => L["Address (slug)"],
        "Kind" => L["Kind"],
        "Series" => L["Series"],
        "SequenceNumber" => L["Number in the series"],
        "SequenceTerm" => L["Term of the series"],
        "StartDate" => L["Date"],
        "EndDate" => L["Last day"],
        "Place" => L["Place"],
        "Format" => L["Format"],
        "Organiser" => L["Organiser"],
        "Status" => L["Status"],
        "Visibility" => L["Visibility"],
        "IsSample" => L["Sample record"],
        "PublishedAt" => L["Time of publication"],
        "Texts" => L["Texts"],
        "Participations" => L["Participants"],
        "Speeches" => L["Speeches"],
        "Citations" => L["Guiding documents"],
        "Themes" => L["Themes"],
        "Title" => L["Title"],
        "StatedTheme" => L["Stated theme"],
        "Summary" => L["Summary"],
        "MinutesMarkdown" => L["Minutes"],
        "BodyMarkdown" => L["Text"],
        "Provenance" => L["Provenance"],
        "TranslatedBy" => L["Translated by"],
        "Role" => L["Role"],
        "SortOrder" => L["Order"],
        "Person" => L["Person"],
        "Organisation" => L["Organisation"],
        "Group" => L["Group"],
        "Position" => L["Position"],
        "Anchor" => L["Anchor"],
        "SpeakerPerson" => L["Speaker"],
        "SpeakerOrganisation" => L["Speaking for"],
        "Name" => L["Name"],
        "Honorific" => L["Honorific"],
        "ShortName" => L["Short name"],
        "Parent" => L["Parent"],
        "Description" => L["Description"],
        _ when Languages.FromCode(field) is { } language => language.NameIn(ReaderLanguage.Current),
        _ => field,
    };

    /// <summary>"Texts, Speeches" as the reader's words.</summary>
    public static string Summary(string summary, IStringLocalizer<SharedResource> L) =>
        string.Join(", ", summary.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(field => Of(field, L)));

    public static string Of(RevisionAction action, string? note, IStringLocalizer<SharedResource> L) => action switch
    {
        RevisionAction.Created => L["Created"],
        RevisionAction.Deleted => L["Deleted"],
        RevisionAction.Restored => L["Restored revision {0}", note ?? string.Empty],
        RevisionAction.Merged => L["Merged into {0}", note ?? string.Empty],
        _ => L["Edited"],
    };
}
