namespace NsfcSeminar.Web.Features.Search;

/// <summary>What the search changed or ignored in what was asked; <see cref="SearchNoticeView"/>
/// words it for the reader.</summary>
public enum SearchNoticeKind
{
    Shortened,
    DatesSwapped,
    UnreadableDate,
    UnreadablePage,
    PagePastEnd,
    PagesCapped,
    UnknownTheme,
    UnknownSpeaker,
    UnknownOrganisation,
    UnknownSeries,
    UnknownKind,
    OnlyExclusions,
    NoSearchableWords,
    TooSlow,
    Preparing,
}

/// <summary>A notice with the value it is about (what the reader typed, or a number).</summary>
public sealed record SearchNotice(SearchNoticeKind Kind, string? Value = null)
{
    /// <summary>What a reader typed, cut short enough to quote back in a sentence.</summary>
    public static SearchNotice About(SearchNoticeKind kind, string value) =>
        new(kind, value.Length > 40 ? value[..40] + "…" : value);
}
