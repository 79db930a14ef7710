using CsvHelper;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>One match as the CSV and JSON exports write it: flat, both languages side by side,
/// with an absolute permalink a researcher can cite. CsvHelper generates its CSV writer.</summary>
[CsvRecord]
public sealed partial record SearchExportRecord(
    string Url,
    DateOnly Date,
    string Kind,
    string? TitleEn,
    string? TitleZh,
    string? MeetingTitleEn,
    string? MeetingTitleZh,
    string? SpeakerEn,
    string? SpeakerZh,
    string? OrganisationEn,
    string? OrganisationZh,
    string? SummaryEn,
    string? SummaryZh)
{
    public static SearchExportRecord From(SearchRow row, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            siteRoot + row.Href,
            row.Date,
            row.Kind,
            row.Title.En,
            row.Title.Zh,
            row.MeetingTitle.En,
            row.MeetingTitle.Zh,
            row.Person?.Name.En,
            row.Person?.Name.Zh,
            row.Organisation?.Name.En,
            row.Organisation?.Name.Zh,
            row.TextEn,
            row.TextZh);
    }
}
