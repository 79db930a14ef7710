using System.Data.Common;
using System.Globalization;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>One row of <c>search_documents</c> with the texts it was built from, as
/// <see cref="CopyStatements.Documents"/> reads it.</summary>
internal sealed record CopyDocument(
    long Id,
    int MeetingId,
    DateOnly Date,
    int? SeriesId,
    string Kind,
    int? PersonId,
    int? OrganisationId,
    IReadOnlyList<string> Languages,
    IReadOnlyList<int> ThemeIds,
    PublicationStatus Status,
    Visibility Visibility,
    string Titles,
    string Names,
    string Body)
{
    public static CopyDocument Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt32(1),
        reader.GetFieldValue<DateOnly>(2),
        reader.IsDBNull(3) ? null : reader.GetInt32(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetInt32(5),
        reader.IsDBNull(6) ? null : reader.GetInt32(6),
        reader.GetFieldValue<string[]>(7),
        reader.GetFieldValue<int[]>(8),
        Enum.Parse<PublicationStatus>(reader.GetString(9)),
        Enum.Parse<Visibility>(reader.GetString(10)),
        reader.IsDBNull(11) ? "" : reader.GetString(11),
        reader.IsDBNull(12) ? "" : reader.GetString(12),
        reader.IsDBNull(13) ? "" : reader.GetString(13));

    /// <summary>Everything searchable, as the text fields hold it.</summary>
    public string Everything => string.Join('\n', Titles, Names, Body);

    public static int DateNumber(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    public static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
}
