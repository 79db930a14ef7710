using System.Security.Cryptography;
using System.Text;
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

    public string GetOrRender(string markdown, string idPrefix, string pagePath, Func<string> render)
    {
        if (!IsEnabled)
        {
            return render();
        }

        var key = KeyOf(markdown, idPrefix, pagePath);
        if (_cache.TryGetValue(key, out string? html) && html is not null)
        {
            return html;
        }

        html = render();
        _cache.Set(key, html, new MemoryCacheEntryOptions { Size = Math.Max(1, html.Length) });
        return html;
    }

    public void Dispose() => _cache.Dispose();

    private static string KeyOf(string markdown, string idPrefix, string pagePath)
    {
        // The prefix and path change the ids and links in the output, so they are part of the key.
        var text = string.Concat(idPrefix, "\u0000", pagePath, "\u0000", markdown);
        return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
