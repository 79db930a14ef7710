using System.Data.Common;
using Microsoft.Extensions.Localization;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>One language version of the record a row describes: the speech's own text, or, for
/// a seminar matched by its own record, the seminar's (the minutes are its text). Never another
/// record's words. The page reads titles only; summary and Markdown are read for exports and feeds.</summary>
public sealed record RowText(Language Language, string Title, TextProvenance Provenance, string? TranslatedBy, string? Summary, string? Markdown)
    : ITitledVersion;

/// <summary>A match as the page and export statements return it: what a result shows. The
/// series and themes it is filed under are read only for the exports (<see cref="ExportRow"/>).</summary>
public sealed record SearchRow(
    string MeetingSlug,
    string? Anchor,
    DateOnly Date,
    string Kind,
    Bilingual MeetingTitle,
    RecordLink? Person,
    RecordLink? Organisation,
    IReadOnlyList<RowText> Texts)
{
    /// <summary>The speech kind, or null for a seminar matched by its own record.</summary>
    public SpeechKind? SpeechKind => Enum.TryParse<SpeechKind>(Kind, out var kind) ? kind : null;

    public string Href => Anchor is null ? $"meetings/{MeetingSlug}" : $"meetings/{MeetingSlug}#speech-{Anchor}";

    public RowText? TextIn(Language language) => Texts.FirstOrDefault(t => t.Language == language);

    /// <summary>The title a reader sees, by the meeting page's rule: a speech's own (or one made
    /// from its kind and speaker), a seminar's own (or its slug, which every record has).</summary>
    public ShownTitle TitleFor(Language reader, IStringLocalizer localizer)
    {
        if (SpeechKind is { } kind)
        {
            return SpeechTitles.Of(Texts, kind, (Person ?? Organisation)?.Name, reader, localizer);
        }

        return Texts.Pick(reader) is { } own
            ? new ShownTitle(own.Version.Title, own.Version.Language, own.IsFallback, IsMade: false)
            : new ShownTitle(MeetingSlug, reader, IsFallback: false, IsMade: true);
    }

    public SearchHit ToHit(Snippet snippet, bool matchedElsewhere) => new(this, snippet, matchedElsewhere);
}

/// <summary>A match as the exports, feeds, citations and alerts read it: its row, and the series
/// and themes it is filed under.</summary>
public sealed record ExportRow(SearchRow Row, RecordLink? Series, IReadOnlyList<RecordLink> Themes);

internal static class SearchRows
{
    /// <summary>The columns <see cref="SearchStatements"/> puts first in every row statement.</summary>
    public const int ColumnCount = 22;

    public static SearchRow Read(DbDataReader reader) => new(
        reader.GetString(0),
        Text(reader, 1),
        reader.GetFieldValue<DateOnly>(2),
        reader.GetString(3),
        Bilingual.Of(Text(reader, 4), Text(reader, 5)),
        Link(reader, 6),
        Link(reader, 9),
        [.. new[] { Version(reader, 12, Language.En), Version(reader, 17, Language.Zh) }.OfType<RowText>()]);

    /// <summary>A row of the export statement: the row, then its series and themes.</summary>
    public static ExportRow ReadExport(DbDataReader reader) => new(Read(reader), Link(reader, ColumnCount), Themes(reader, ColumnCount + 3));

    public static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static RowText? Version(DbDataReader reader, int column, Language language) => reader.IsDBNull(column)
        ? null
        : new RowText(
            language,
            reader.GetString(column),
            Enum.Parse<TextProvenance>(reader.GetString(column + 1)),
            Text(reader, column + 2),
            Text(reader, column + 3),
            Text(reader, column + 4));

    private static IReadOnlyList<RecordLink> Themes(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return [];
        }

        var slugs = reader.GetFieldValue<string[]>(column);
        var english = reader.GetFieldValue<string?[]>(column + 1);
        var chinese = reader.GetFieldValue<string?[]>(column + 2);
        return [.. slugs.Select((slug, i) => new RecordLink(slug, Bilingual.Of(english[i], chinese[i])))];
    }

    private static RecordLink? Link(DbDataReader reader, int column) => reader.IsDBNull(column)
        ? null
        : new RecordLink(reader.GetString(column), Bilingual.Of(Text(reader, column + 1), Text(reader, column + 2)));
}
