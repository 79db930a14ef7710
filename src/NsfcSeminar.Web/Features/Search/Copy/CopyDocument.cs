using System.Data.Common;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;

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
    private static readonly FieldType WithoutPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS });

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

    public static int DateNumber(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    public Document ToLucene()
    {
        var date = DateNumber(Date);
        var everything = string.Join('\n', Titles, Names, Body);
        var document = new Document
        {
            new NumericDocValuesField(CopyFields.Document, Id),
            new StringField(CopyFields.Meeting, Text(MeetingId), Field.Store.NO),
            new TextField(CopyFields.Text, everything, Field.Store.NO),
            new TextField(CopyFields.TextChinese, everything, Field.Store.NO),
            new Field(CopyFields.TextChineseFours, everything, WithoutPositions),
            new TextField(CopyFields.Title, Titles, Field.Store.NO),
            new TextField(CopyFields.TitleChinese, Titles, Field.Store.NO),
            new Int32Field(CopyFields.Date, date, Field.Store.NO),
            new NumericDocValuesField(CopyFields.DateOrder, date),
        };
        foreach (var reader in ReaderAccess.All.Where(a => a.MaySee(Status, Visibility)))
        {
            document.Add(new StringField(CopyFields.Reader, reader.Name, Field.Store.NO));
        }

        Filter(document, CopyFields.Kind, Kind);
        Filter(document, CopyFields.Year, Text(Date.Year));
        Filter(document, CopyFields.Speaker, PersonId);
        Filter(document, CopyFields.Organisation, OrganisationId);
        Filter(document, CopyFields.Series, SeriesId);
        foreach (var language in Languages)
        {
            Filter(document, CopyFields.Language, language);
        }

        foreach (var theme in ThemeIds)
        {
            Filter(document, CopyFields.Theme, Text(theme));
        }

        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static void Filter(Document document, string field, int? id)
    {
        if (id is { } value)
        {
            Filter(document, field, Text(value));
        }
    }

    /// <summary>The value as a term to filter by and as a facet to count.</summary>
    private static void Filter(Document document, string field, string value)
    {
        document.Add(new StringField(field, value, Field.Store.NO));
        document.Add(new SortedSetDocValuesField(CopyFields.FacetPrefix + field, new BytesRef(value)));
    }
}
