namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>A bundle to import: its name for messages, and a way to open it again from the start
/// (a retried import reads it anew).</summary>
public sealed record ImportSource(string Name, Func<Stream> Open, long? Length)
{
    /// <summary>Whether a record already in the archive takes only what the bundle states
    /// (<see cref="ImportMode.Merge"/>, the default) or is replaced whole.</summary>
    public ImportMode Mode { get; init; } = ImportMode.Merge;

    public static ImportSource FromFile(string path, string? name = null) =>
        new(name ?? Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), new FileInfo(path).Length);
}

/// <summary>How far an import has read: bytes of the file, and seminars.</summary>
public sealed record ImportProgress(long BytesRead, long? TotalBytes, int Seminars);

/// <summary>How a bundle's record updates the stored record of the same slug.</summary>
public enum ImportMode
{
    /// <summary>Only what the record states changes: an absent field, list or language keeps its
    /// stored value; a field written as null is removed.</summary>
    Merge,

    /// <summary>The stored record becomes the bundle's record: what the bundle leaves out goes.</summary>
    Replace,
}
