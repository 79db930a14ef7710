using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace NsfcSeminar.Web.Markdown;

/// <summary>
/// Rendered HTML of archived texts, shared by all readers and bounded in size. Parsing and
/// sanitising is most of a meeting page's cost (about 0.7 ms per 1,000 characters) while the
/// texts rarely change, so a text is rendered once per version: the key is a hash of the Markdown
/// itself, so an edited text is simply a new key and never needs invalidating.
/// </summary>
internal sealed class RenderedMarkdownCache(long sizeLimitInCharacters) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, sizeLimitInCharacters) });

    public bool IsEnabled { get; } = sizeLimitInCharacters > 0;

    public string GetOrRender(string markdown, string idPrefix, string pagePath, int topHeading, Func<string> render)
    {
        if (!IsEnabled)
        {
            return render();
        }

        var key = KeyOf(markdown, idPrefix, pagePath, topHeading);
        if (_cache.TryGetValue(key, out string? html) && html is not null)
        {
            return html;
        }

        html = render();
        _cache.Set(key, html, new MemoryCacheEntryOptions { Size = Math.Max(1, html.Length) });
        return html;
    }

    public void Dispose() => _cache.Dispose();

    private static string KeyOf(string markdown, string idPrefix, string pagePath, int topHeading)
    {
        // The prefix, path and heading level change the ids, links and headings in the output, so
        // they are part of the key.
        // Hashed as they are (UTF-16), piece by piece: joining and encoding them first cost a copy
        // of every text of the page on every request, about three times its size.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(MemoryMarshal.AsBytes(idPrefix.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes("\u0000".AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes(pagePath.AsSpan()));
        hash.AppendData(MemoryMarshal.AsBytes("\u0000".AsSpan()));
        hash.AppendData(BitConverter.GetBytes(topHeading));
        hash.AppendData(MemoryMarshal.AsBytes(markdown.AsSpan()));
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToBase64String(digest);
    }
}
