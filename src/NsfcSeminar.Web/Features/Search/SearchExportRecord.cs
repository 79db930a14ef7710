using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Localization;
using NsfcSeminar.Web.Markdown;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// One match as the CSV, JSON and Excel exports write it: flat, every value text, both
/// languages side by side, with an absolute permalink a researcher can cite. Every field
/// describes the record found (a speech, or a seminar matched by its own record) and nothing is
/// filled from another record: a speech without a summary has none here. docs/exports.md
/// documents each column; CsvHelper generates the CSV writer from this record.
/// </summary>
[CsvRecord]
public sealed partial record SearchExportRecord(
    string Permalink,
    string MeetingSlug,
    string? Anchor,
    string Date,
    string? SeriesSlug,
    string? SeriesEn,
    string? SeriesZh,
    string? MeetingTitleEn,
    string? MeetingTitleZh,
    string KindCode,
    string KindEn,
    string KindZh,
    string? SpeakerSlug,
    string? SpeakerEn,
    string? SpeakerZh,
    string? OrganisationSlug,
    string? OrganisationEn,
    string? OrganisationZh,
    string ThemeSlugs,
    string ThemesEn,
    string ThemesZh,
    string Languages,
    string? OriginalLanguage,
    string ShownTitle,
    string ShownTitleLanguage,
    bool ShownTitleIsMade,
    string? TitleEn,
    string? ProvenanceEn,
    string? TranslatedByEn,
    string? SummaryEn,
    string? TextEn,
    string? MarkdownEn,
    string? TitleZh,
    string? ProvenanceZh,
    string? TranslatedByZh,
    string? SummaryZh,
    string? TextZh,
    string? MarkdownZh)
{
    /// <summary>Between the values of a list (themes, languages).</summary>
    public const string ListSeparator = "; ";

    public static SearchExportRecord From(ExportRow exported, SearchExportContext context)
    {
        ArgumentNullException.ThrowIfNull(exported);
        ArgumentNullException.ThrowIfNull(context);
        var row = exported.Row;
        var (en, zh) = (row.TextIn(Language.En), row.TextIn(Language.Zh));
        var shown = row.TitleFor(context.Reader, context.Localizer);
        return new(
            context.SiteRoot + row.Href,
            row.MeetingSlug,
            row.Anchor,
            row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            exported.Series?.Slug,
            exported.Series?.Name.En,
            exported.Series?.Name.Zh,
            row.MeetingTitle.En,
            row.MeetingTitle.Zh,
            row.Kind,
            context.KindName(row, Language.En),
            context.KindName(row, Language.Zh),
            row.Person?.Slug,
            row.Person?.Name.En,
            row.Person?.Name.Zh,
            row.Organisation?.Slug,
            row.Organisation?.Name.En,
            row.Organisation?.Name.Zh,
            string.Join(ListSeparator, exported.Themes.Select(t => t.Slug)),
            string.Join(ListSeparator, exported.Themes.Select(t => t.Name.En)),
            string.Join(ListSeparator, exported.Themes.Select(t => t.Name.Zh)),
            string.Join(ListSeparator, row.Texts.Select(t => t.Language.Code())),
            row.Texts.FirstOrDefault(t => t.Provenance == TextProvenance.Original) is { } original ? original.Language.Code() : null,
            shown.Text,
            shown.Language.Code(),
            shown.IsMade,
            en?.Title,
            en?.Provenance.ToString(),
            en?.TranslatedBy,
            en?.Summary,
            context.Markdown.ToPlainText(en?.Markdown),
            en?.Markdown,
            zh?.Title,
            zh?.Provenance.ToString(),
            zh?.TranslatedBy,
            zh?.Summary,
            context.Markdown.ToPlainText(zh?.Markdown),
            zh?.Markdown);
    }
}

/// <summary>What an export row needs besides the row: where permalinks point, the language the
/// shown title is chosen for (the address the export was asked from), and the UI strings.</summary>
public sealed record SearchExportContext(string SiteRoot, Language Reader, IStringLocalizer Localizer, MarkdownRenderer Markdown)
{
    /// <summary>The kind's name: a speech kind's, or "Seminar record" for a seminar's own record.</summary>
    public string KindName(SearchRow row, Language language)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.SpeechKind is { } kind ? SpeechTitles.KindName(kind, language, Localizer) : SpeechTitles.In(language, () => Localizer["Search.SeminarRecord"]);
    }
}
