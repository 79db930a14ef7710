using System.Data.Common;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Reading;

namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>One row of <c>search_documents</c> with the texts it was built from, as
/// <see cref="MirrorStatements.Documents"/> reads it.</summary>
internal sealed record MirrorDocument(
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

    public static MirrorDocument Read(DbDataReader reader) => new(
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
            new NumericDocValuesField(MirrorFields.Document, Id),
            new StringField(MirrorFields.Meeting, Text(MeetingId), Field.Store.NO),
            new TextField(MirrorFields.Text, everything, Field.Store.NO),
            new TextField(MirrorFields.TextChinese, everything, Field.Store.NO),
            new Field(MirrorFields.TextChineseFours, everything, WithoutPositions),
            new TextField(MirrorFields.Title, Titles, Field.Store.NO),
            new TextField(MirrorFields.TitleChinese, Titles, Field.Store.NO),
            new Int32Field(MirrorFields.Date, date, Field.Store.NO),
            new NumericDocValuesField(MirrorFields.DateOrder, date),
        };
        foreach (var reader in ReaderAccess.All.Where(a => a.MaySee(Status, Visibility)))
        {
            document.Add(new StringField(MirrorFields.Reader, reader.Name, Field.Store.NO));
        }

        Filter(document, MirrorFields.Kind, Kind);
        Filter(document, MirrorFields.Year, Text(Date.Year));
        Filter(document, MirrorFields.Speaker, PersonId);
        Filter(document, MirrorFields.Organisation, OrganisationId);
        Filter(document, MirrorFields.Series, SeriesId);
        foreach (var language in Languages)
        {
            Filter(document, MirrorFields.Language, language);
        }

        foreach (var theme in ThemeIds)
        {
            Filter(document, MirrorFields.Theme, Text(theme));
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
        document.Add(new SortedSetDocValuesField(MirrorFields.FacetPrefix + field, new BytesRef(value)));
    }
}
