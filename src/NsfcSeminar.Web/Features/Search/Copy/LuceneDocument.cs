using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NsfcSeminar.Data.Access;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>
/// One thread's Lucene document, filled again for each <see cref="CopyDocument"/> it writes: the
/// fields, the Chinese pieces' streams and the ideograph runs are made once per thread, not once
/// per document (the writer is done with a document when <c>AddDocument</c> returns). The
/// ideographs are found once and both Chinese fields cut from them; a Chinese field that would
/// get no piece is left out, which changes no score (BM25 reads lengths only of matching
/// documents, and its average from the terms' total over every document).
/// </summary>
internal sealed class LuceneDocument
{
    private static readonly FieldType WithoutPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private readonly Document _document = [];
    private readonly IdeographRuns _everything = new();
    private readonly IdeographRuns _titles = new();
    private readonly NumericDocValuesField _id = new(CopyFields.Document, 0);
    private readonly StringField _meeting = new(CopyFields.Meeting, "", Field.Store.NO);
    private readonly TextField _text = new(CopyFields.Text, "", Field.Store.NO);
    private readonly TextField _title = new(CopyFields.Title, "", Field.Store.NO);
    private readonly Int32Field _date = new(CopyFields.Date, 0, Field.Store.NO);
    private readonly NumericDocValuesField _dateOrder = new(CopyFields.DateOrder, 0);
    private readonly Field _textChinese;
    private readonly Field _textChineseFours;
    private readonly Field _titleChinese;
    private readonly Dictionary<ReaderAccess, StringField> _readers =
        ReaderAccess.All.ToDictionary(a => a, a => new StringField(CopyFields.Reader, a.Name, Field.Store.NO));

    /// <summary>The filter fields, reused as the text fields are: a new one per value made a
    /// token stream per value, each taking a lock of Lucene's attribute factory.</summary>
    private readonly Dictionary<string, FilterFields> _filters = CopyFields.Facets.ToDictionary(f => f, f => new FilterFields(f));

    /// <summary>A document writing every piece of four (as the analyser cuts them).</summary>
    public LuceneDocument()
        : this(CommonFours.Every)
    {
    }

    /// <summary>A document writing the pieces of four the copy keeps (<see cref="CommonFours"/>).</summary>
    public LuceneDocument(CommonFours fours)
    {
        _textChinese = new TextField(CopyFields.TextChinese, new ChinesePieceStream(_everything, 2, CommonFours.Every));
        _textChineseFours = new Field(CopyFields.TextChineseFours, new ChinesePieceStream(_everything, 4, fours), WithoutPositions);
        _titleChinese = new TextField(CopyFields.TitleChinese, new ChinesePieceStream(_titles, 2, CommonFours.Every));
    }

    /// <summary>The document filled from <paramref name="source"/>; valid until the next call.</summary>
    public Document For(CopyDocument source)
    {
        var everything = source.Everything;
        _everything.Find(everything);
        _titles.Find(source.Titles);
        var date = CopyDocument.DateNumber(source.Date);
        _id.SetInt64Value(source.Id);
        _meeting.SetStringValue(CopyDocument.Text(source.MeetingId));
        _text.SetStringValue(everything);
        _title.SetStringValue(source.Titles);
        _date.SetInt32Value(date);
        _dateOrder.SetInt64Value(date);

        var fields = _document.Fields;
        fields.Clear();
        foreach (var filter in _filters.Values)
        {
            filter.Used = 0;
        }

        fields.Add(_id);
        fields.Add(_meeting);
        fields.Add(_text);
        AddWhenCut(_textChinese, _everything, 2);
        AddWhenCut(_textChineseFours, _everything, 4);
        fields.Add(_title);
        AddWhenCut(_titleChinese, _titles, 2);
        fields.Add(_date);
        fields.Add(_dateOrder);
        foreach (var reader in ReaderAccess.All.Where(a => a.MaySee(source.Status, source.Visibility)))
        {
            fields.Add(_readers[reader]);
        }

        Filter(CopyFields.Kind, source.Kind);
        Filter(CopyFields.Year, CopyDocument.Text(source.Date.Year));
        Filter(CopyFields.Speaker, source.PersonId);
        Filter(CopyFields.Organisation, source.OrganisationId);
        Filter(CopyFields.Series, source.SeriesId);
        foreach (var language in source.Languages)
        {
            Filter(CopyFields.Language, language);
        }

        foreach (var theme in source.ThemeIds)
        {
            Filter(CopyFields.Theme, CopyDocument.Text(theme));
        }

        return _document;
    }

    private void AddWhenCut(Field field, IdeographRuns runs, int length)
    {
        if (runs.HasPieces(length))
        {
            _document.Fields.Add(field);
        }
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private void Filter(string field, int? id)
    {
        if (id is { } value)
        {
            Filter(field, CopyDocument.Text(value));
        }
    }

    /// <summary>The value as a term to filter by and as a facet to count.</summary>
    private void Filter(string field, string value)
    {
        _document.Fields.Add(_filters[field].Next(value));
        _document.Fields.Add(new SortedSetDocValuesField(CopyFields.FacetPrefix + field, new BytesRef(value)));
    }

    /// <summary>One filter's fields, as many as a document has used so far, each refilled.</summary>
    private sealed class FilterFields(string field)
    {
        private readonly List<StringField> _fields = [];

        public int Used { get; set; }

        public StringField Next(string value)
        {
            if (Used == _fields.Count)
            {
                _fields.Add(new StringField(field, value, Field.Store.NO));
            }

            var next = _fields[Used++];
            next.SetStringValue(value);
            return next;
        }
    }
}
