using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Interchange.Format;

/// <summary>A part of a meeting (format 2): speeches name it by its anchor.</summary>
public sealed record SessionRecord
{
    public required string Anchor { get; init; }

    public DateOnly? Date { get; init; }

    public BilingualText? Title { get; init; }

    /// <summary>The person who chaired it, by slug.</summary>
    public string? Chair { get; init; }
}

/// <summary>Where a meeting's or a speech's facts come from (format 2).</summary>
public sealed record SourceRecord
{
    /// <summary>The anchor of the speech whose own source it is; absent for the meeting's.</summary>
    public string? Speech { get; init; }

    public string? Address { get; init; }

    public BilingualText? Title { get; init; }

    public BilingualText? Publisher { get; init; }

    public DateOnly? PublishedOn { get; init; }

    public DateOnly? RetrievedOn { get; init; }

    public Language? Language { get; init; }

    public IReadOnlyList<CopyRecord> Copies { get; init => field = value ?? []; } = [];
}

/// <summary>An archived copy of a source, inline: its bytes in base64 and their SHA-256, which
/// the import checks.</summary>
public sealed record CopyRecord
{
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required string Sha256 { get; init; }

    public required byte[] Content { get; init; }
}
