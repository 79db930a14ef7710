using System.Data.Common;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Web.Presentation;

namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>Reads the columns of the meeting page's statements as the model stores them: enums by
/// name, languages by code (as <c>SeminarDbContext</c>'s conventions write them), a name as its
/// <c>_en</c> and <c>_zh</c> columns side by side, a link as a slug followed by its name.</summary>
internal static class MeetingRows
{
    public static string? Text(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    public static Bilingual Bilingual(this DbDataReader row, int column) => new() { En = row.Text(column), Zh = row.Text(column + 1) };

    /// <summary>The record at <paramref name="column"/> (its slug, then its name), or null when the row has none.</summary>
    public static RecordLink? Link(this DbDataReader row, int column) =>
        row.IsDBNull(column) ? null : new RecordLink(row.GetString(column), row.Bilingual(column + 1));

    public static T Enum<T>(this DbDataReader row, int column)
        where T : struct, Enum => System.Enum.Parse<T>(row.GetString(column));

    public static T? OptionalEnum<T>(this DbDataReader row, int column)
        where T : struct, Enum => row.IsDBNull(column) ? null : row.Enum<T>(column);

    /// <summary>The language of a stored code; a code the model does not know is an error, never English.</summary>
    public static Language Language(this DbDataReader row, int column) =>
        Languages.FromCode(row.GetString(column)) ?? throw new InvalidDataException($"A stored language code the model does not know: '{row.GetString(column)}'.");

    public static DateOnly? Date(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetFieldValue<DateOnly>(column);

    public static int? Number(this DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt32(column);

    /// <summary>Records joined to their parts (texts, copies), one row per part, ordered by the
    /// record's id in column 0: a record for each id (null to leave one out), a part for each row
    /// whose <paramref name="partColumn"/> is not null.</summary>
    public static async Task<List<T>> ReadWithPartsAsync<T, TPart>(
        this DbDataReader row, int partColumn, Func<DbDataReader, List<TPart>, T?> record, Func<DbDataReader, TPart> part, CancellationToken ct)
        where T : class
    {
        var records = new List<T>();
        var (lastId, kept) = (0, false);
        List<TPart> parts = [];
        while (await row.ReadAsync(ct))
        {
            var id = row.GetInt32(0);
            if (id != lastId)
            {
                (lastId, parts) = (id, []);
                var read = record(row, parts);
                kept = read is not null;
                if (read is not null)
                {
                    records.Add(read);
                }
            }

            if (kept && !row.IsDBNull(partColumn))
            {
                parts.Add(part(row));
            }
        }

        return records;
    }
}
