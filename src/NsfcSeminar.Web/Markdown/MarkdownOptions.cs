using System.ComponentModel.DataAnnotations;

namespace NsfcSeminar.Web.Markdown;

/// <summary>How many characters of rendered texts are kept, bound from the <c>Seminar</c> section
/// (<c>Seminar:MarkdownCacheCharacters</c>); checked at start-up.</summary>
public sealed class MarkdownOptions
{
    public const string Section = "Seminar";

    /// <summary>0 turns keeping off, for measuring the renderer itself.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "Seminar:MarkdownCacheCharacters must be 0 or more.")]
    public long MarkdownCacheCharacters { get; set; } = MarkdownRenderer.DefaultCacheSize;
}
