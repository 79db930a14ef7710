namespace NsfcSeminar.Data.Model;

/// <summary>Where a language version of a text comes from, so a reader can cite it properly.</summary>
public enum TextProvenance
{
    /// <summary>The agency's own text, as first recorded.</summary>
    Original,

    /// <summary>A translation of the original, by <c>TranslatedBy</c> when known.</summary>
    Translation,

    /// <summary>Written by the portal's editors in their own words (e.g. a summary of a news
    /// release); neither the agency's original nor a translation of it.</summary>
    EditorialSummary,
}
