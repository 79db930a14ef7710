using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Editing.Sources;

/// <summary>What the "add a source" form posts.</summary>
public sealed class SourceInput
{
    public string? Address { get; set; }

    public string? TitleEn { get; set; }

    public string? TitleZh { get; set; }

    public string? PublisherEn { get; set; }

    public string? PublisherZh { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? RetrievedOn { get; set; }

    public Language? Language { get; set; }

    /// <summary>The anchor of the speech whose own source it is; empty for the meeting's.</summary>
    public string? Speech { get; set; }
}
