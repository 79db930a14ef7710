namespace NsfcSeminar.Data.Model;

/// <summary>
/// A copy of a source kept in the archive (an HTML page, a PDF, a scan), so that the record
/// outlives the address it came from. Its bytes live in PostgreSQL beside the record, with the
/// SHA-256 that names it in exports; its text is extracted once, for search.
/// </summary>
public sealed class ArchivedCopy
{
    public int Id { get; set; }

    public int SourceId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    /// <summary>Lower-case hexadecimal SHA-256 of <see cref="Content"/>.</summary>
    public required string Sha256 { get; set; }

    public long Size { get; set; }

    public byte[] Content { get; set; } = [];

    /// <summary>The text read out of the copy (PDF, HTML), or null when it holds none (a scan).</summary>
    public string? ExtractedText { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
