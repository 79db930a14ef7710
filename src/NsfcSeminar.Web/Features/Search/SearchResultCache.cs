using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NsfcSeminar.Data.Model;
using NsfcSeminar.Data.Access;

namespace NsfcSeminar.Web.Features.Search;

/// <summary>
/// The results of searches that repeat (researchers start with the same broad words), kept
/// while the search copy has not changed since: each entry carries the copy's generation, and
/// an entry from an older one is never served, so a saved record is found at once. What a
/// reader may see and the language of the snippets are part of the key. Bounded by
/// <c>Seminar:SearchResultCacheEntries</c> (0 turns it off); a request with
/// <c>Cache-Control: no-cache</c> is answered afresh.
/// </summary>
internal sealed class SearchResultCache : IDisposable
{
    private readonly int _entries;
    private readonly MemoryCache _cache;

    public SearchResultCache(IOptions<SearchOptions> options)
    {
        _entries = options.Value.SearchResultCacheEntries;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _entries) });
    }

    public bool TryGet(SearchRequest request, ReaderAccess access, Language reader, bool withFacets, long generation, out SearchResults results)
    {
        results = null!;
        if (_entries > 0 && _cache.TryGetValue(Key(request, access, reader, withFacets), out Entry? entry) && entry!.Generation == generation)
        {
            results = entry.Results;
            return true;
        }

        return false;
    }

    public void Set(SearchRequest request, ReaderAccess access, Language reader, bool withFacets, long generation, SearchResults results)
    {
        if (_entries > 0)
        {
            _cache.Set(Key(request, access, reader, withFacets), new Entry(generation, results), new MemoryCacheEntryOptions { Size = 1 });
        }
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>Everything the results depend on: the parsed request (its notices included,
    /// which say what was dropped from the typed text), who reads, in which language.</summary>
    private static string Key(SearchRequest request, ReaderAccess access, Language reader, bool withFacets) => string.Join(
        '\u001f',
        request.Text, request.Theme, request.Speaker, request.Organisation, request.Kind, request.Series, request.From, request.To,
        request.Language, request.Sort, request.Page, string.Join('\u001e', request.Notices),
        access.MaySeeStaffOnly, reader, withFacets);

    private sealed record Entry(long Generation, SearchResults Results);
}
