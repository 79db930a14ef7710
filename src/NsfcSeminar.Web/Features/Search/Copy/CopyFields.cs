namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>The field names of a document in the copy, in one place for writing and querying.</summary>
internal static class CopyFields
{
    /// <summary>search_documents.id, as doc values: what a hit is read back from PostgreSQL by.</summary>
    public const string Document = "doc";

    /// <summary>The meeting's id as an indexed term: a meeting's documents are replaced together.</summary>
    public const string Meeting = "meeting";

    /// <summary>Everything searchable: titles, names of themes, speaker and organisation, summary,
    /// body; its words in one field, its Chinese in the other.</summary>
    public const string Text = "text";

    public const string TextChinese = "text_zh";

    /// <summary>The Chinese again as four-character pieces, without positions, the common ones
    /// only (<see cref="CommonFours"/>): most Chinese terms are four characters, and a common one
    /// is then one term to look up rather than a phrase of three bigrams whose positions must be
    /// read in every document that has them (120,000 documents for 基础研究 in the benchmark).</summary>
    public const string TextChineseFours = "text_zh4";

    /// <summary>The titles again, so that a match there ranks above one in the body. Theme and
    /// speaker names are not: a speech tagged with a theme would otherwise outrank one that
    /// discusses it (the names are short, so they weigh heavily in a field of their own).</summary>
    public const string Title = "title";

    public const string TitleChinese = "title_zh";

    /// <summary>yyyymmdd as an indexed number (date ranges) and as doc values (sort by date).</summary>
    public const string Date = "date";

    public const string DateOrder = "date_order";

    /// <summary>The readers who may see the document (<see cref="Data.Reading.ReaderAccess.Name"/>),
    /// as the one rule answers for its meeting: a search keeps to its reader's.</summary>
    public const string Reader = "reader";

    /// <summary>The filters, each an indexed term and a facet (sorted-set doc values under
    /// <see cref="FacetPrefix"/>): theme ids include every ancestor.</summary>
    public const string Theme = "theme";

    public const string Speaker = "speaker";

    public const string Organisation = "organisation";

    public const string Series = "series";

    public const string Kind = "kind";

    public const string Language = "language";

    public const string Year = "year";

    public const string FacetPrefix = "facet_";

    /// <summary>The length of the pieces a Chinese field holds; null for the other fields.</summary>
    public static int? ChinesePieceLength(string field) => field switch
    {
        TextChinese or TitleChinese => 2,
        TextChineseFours => 4,
        _ => null,
    };

    public static readonly IReadOnlyList<string> Facets = [Theme, Speaker, Organisation, Series, Kind, Language, Year];
}
