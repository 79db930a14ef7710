namespace NsfcSeminar.Web.Features.Search.Mirror;

/// <summary>The field names of a mirrored document, in one place for writing and querying.</summary>
internal static class MirrorFields
{
    /// <summary>search_documents.id, as doc values: what a hit is read back from PostgreSQL by.</summary>
    public const string Document = "doc";

    /// <summary>The meeting's id as an indexed term: a meeting's documents are replaced together.</summary>
    public const string Meeting = "meeting";

    /// <summary>Everything searchable: titles, names of themes, speaker and organisation, summary,
    /// body; its words in one field, its Chinese in the other.</summary>
    public const string Text = "text";

    public const string TextChinese = "text_zh";

    /// <summary>Titles and names again, so that a match there ranks above one in the body.</summary>
    public const string Title = "title";

    public const string TitleChinese = "title_zh";

    /// <summary>yyyymmdd as an indexed number (date ranges) and as doc values (sort by date).</summary>
    public const string Date = "date";

    public const string DateOrder = "date_order";

    public const string StaffOnly = "staff_only";

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

    public static bool IsChinese(string field) => field is TextChinese or TitleChinese;

    public static readonly IReadOnlyList<string> Facets = [Theme, Speaker, Organisation, Series, Kind, Language, Year];
}
