using System.ComponentModel.DataAnnotations;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>How search keeps its copy and its results, bound from the <c>Seminar</c> section
/// (<c>Seminar:SearchCopyFolder</c>, <c>Seminar:SearchCopyWaitUpTo</c>,
/// <c>Seminar:SearchResultCacheEntries</c>); checked at start-up.</summary>
public sealed class SearchOptions
{
    public const string Section = "Seminar";

    /// <summary>The default of <see cref="SearchCopyWaitUpTo"/>, and the size up to which a
    /// search waits briefly for a copy being built rather than answering from PostgreSQL.</summary>
    public const long DefaultWaitUpTo = 20_000;

    /// <summary>Where the copy is kept between runs (a local disk); without it the copy lives in
    /// a temporary folder of this process and is built afresh at every start.</summary>
    public string? SearchCopyFolder { get; set; }

    /// <summary>Up to this many documents the portal waits for the copy before taking requests
    /// (0: never wait, for instances behind a balancer that asks /health/ready).</summary>
    [Range(0, long.MaxValue, ErrorMessage = "Seminar:SearchCopyWaitUpTo must be 0 or more (documents).")]
    public long SearchCopyWaitUpTo { get; set; } = DefaultWaitUpTo;

    /// <summary>How many searches' results are kept (0 turns keeping off).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Seminar:SearchResultCacheEntries must be 0 or more.")]
    public int SearchResultCacheEntries { get; set; } = 1_000;
}
