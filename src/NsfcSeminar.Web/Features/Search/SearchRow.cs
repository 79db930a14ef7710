using System.Data.Common;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Reading;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>A match as the page and export statements return it. For a page, the texts are the
/// English headline and the Chinese text; for an export, the two summaries.</summary>
public sealed record SearchRow(
    string MeetingSlug,
    string? Anchor,
    DateOnly Date,
    string Kind,
    Bilingual Title,
    Bilingual MeetingTitle,
    RecordLink? Person,
    RecordLink? Organisation,
    string? TextEn,
    string? TextZh)
{
    public string Href => Anchor is null ? $"meetings/{MeetingSlug}" : $"meetings/{MeetingSlug}#speech-{Anchor}";

    public SearchHit ToHit(Snippet snippet) =>
        new(MeetingSlug, Anchor, Date, Kind, Title, MeetingTitle, Person, Organisation, snippet);
}

internal static class SearchRows
{
    public static SearchRow Read(DbDataReader reader) => new(
        reader.GetString(0),
        Text(reader, 1),
        reader.GetFieldValue<DateOnly>(2),
        reader.GetString(3),
        Bilingual.Of(Text(reader, 4), Text(reader, 5)),
        Bilingual.Of(Text(reader, 6), Text(reader, 7)),
        Link(reader, 8),
        Link(reader, 11),
        Text(reader, 14),
        Text(reader, 15));

    /// <summary>The reader's language first: its snippet when it shows a match, else the other
    /// language's when that does, else the reader's language unmatched.</summary>
    public static Snippet ChooseSnippet(Language reader, Snippet english, Snippet chinese)
    {
        var (first, second) = reader == Language.Zh ? (chinese, english) : (english, chinese);
        if (SearchSnippets.HasMatch(first) || (!SearchSnippets.HasMatch(second) && !first.IsEmpty))
        {
            return first;
        }

        return second;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static RecordLink? Link(DbDataReader reader, int column) => reader.IsDBNull(column)
        ? null
        : new RecordLink(reader.GetString(column), Bilingual.Of(Text(reader, column + 1), Text(reader, column + 2)));
}
