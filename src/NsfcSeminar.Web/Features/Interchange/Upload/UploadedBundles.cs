using NsfcSeminar.Web.Features.Interchange.Importing;

namespace NsfcSeminar.Web.Features.Interchange.Upload;

/// <summary>
/// Uploaded bundles wait on disk between the preview and the editor's confirmation, named by a
/// random token (never by anything the browser sent), and are deleted once imported or after
/// an hour. Streaming from disk keeps even a 100 MB upload out of memory.
/// </summary>
public sealed class UploadedBundles(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nsfc-seminar-uploads");

    public async Task<string> SaveAsync(IFormFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        Directory.CreateDirectory(_folder);
        RemoveStale();
        var token = Guid.NewGuid().ToString("N");
        await using var target = new FileStream(PathOf(token), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await file.CopyToAsync(target, ct);
        return token;
    }

    /// <summary>The saved bundle as an import source, or null for a token that is malformed,
    /// unknown or expired.</summary>
    public ImportSource? Find(string? token, string name) =>
        Guid.TryParseExact(token, "N", out _) && File.Exists(PathOf(token!)) ? ImportSource.FromFile(PathOf(token!), name) : null;

    public void Delete(string token)
    {
        if (Guid.TryParseExact(token, "N", out _))
        {
            File.Delete(PathOf(token));
        }
    }

    private string PathOf(string token) => Path.Combine(_folder, token + ".json");

    private void RemoveStale()
    {
        foreach (var file in new DirectoryInfo(_folder).EnumerateFiles("*.json"))
        {
            if (clock.GetUtcNow().UtcDateTime - file.LastWriteTimeUtc > KeptFor)
            {
                file.Delete();
            }
        }
    }
}
