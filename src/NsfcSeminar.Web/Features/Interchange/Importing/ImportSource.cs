namespace NsfcSeminar.Web.Features.Interchange.Importing;

/// <summary>A bundle to import: its name for messages, and a way to open it again from the start
/// (a retried import reads it anew).</summary>
public sealed record ImportSource(string Name, Func<Stream> Open, long? Length)
{
    public static ImportSource FromFile(string path, string? name = null) =>
        new(name ?? Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), new FileInfo(path).Length);
}

/// <summary>How far an import has read: bytes of the file, and seminars.</summary>
public sealed record ImportProgress(long BytesRead, long? TotalBytes, int Seminars);
