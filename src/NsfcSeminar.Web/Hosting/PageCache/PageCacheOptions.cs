using System.ComponentModel.DataAnnotations;

namespace NsfcSeminar.Web.Hosting.PageCache;

/// <summary>The shared cache of anonymous reading pages (ADR-019), bound from <c>Seminar:PageCache</c>.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Seminar:PageCache";

    /// <summary>Off, every page is rendered for every request (the benchmark compares both).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest an entry is kept. Eviction by change notifications keeps entries
    /// true; this bounds what a notification lost while the listener reconnected could leave.</summary>
    [Range(1, 86_400)]
    public int Seconds { get; set; } = 300;

    /// <summary>How many megabytes of pages an instance keeps at most.</summary>
    [Range(1, 4_096)]
    public int SizeMegabytes { get; set; } = 100;
}
