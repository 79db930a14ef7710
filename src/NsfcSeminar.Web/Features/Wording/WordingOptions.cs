using System.ComponentModel.DataAnnotations;

namespace NsfcSeminar.Web.Features.Wording;

/// <summary>How long a page waits for wording worked out from the texts, and how much of it is
/// kept, bound from the <c>Seminar</c> section (<c>Seminar:WordingWaitSeconds</c>,
/// <c>Seminar:WordingCacheEntries</c>); checked at start-up.</summary>
public sealed class WordingOptions
{
    public const string Section = "Seminar";

    /// <summary>How many results are kept (0 turns keeping off).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Seminar:WordingCacheEntries must be 0 or more.")]
    public int WordingCacheEntries { get; set; } = 500;

    /// <summary>How long a page waits for a result before it says the result is still being worked out.</summary>
    [Range(0.0, 3600.0, ErrorMessage = "Seminar:WordingWaitSeconds must be from 0 to 3600 seconds.")]
    public double WordingWaitSeconds { get; set; } = 5.0;
}
