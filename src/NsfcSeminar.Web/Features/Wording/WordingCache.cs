using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NsfcSeminar.Web.Features.Wording;

/// <summary>
/// Keeps what was worked out from the archive's texts (a theme's wording over time, two seminars'
/// wording side by side) while the archive has not changed: every entry carries the
/// <see cref="ArchiveGeneration"/> it was worked out in, and one from another generation is never
/// served. A result asked for by several readers at once is worked out once, and a page waits for
/// it at most <c>Seminar:WordingWaitSeconds</c> (5): a broad theme of a large archive takes
/// longer the first time (docs/performance.md), and is then kept for the readers after. Only the
/// small results are kept, never the texts; bounded by <c>Seminar:WordingCacheEntries</c> (0
/// turns keeping off).
/// </summary>
internal sealed class WordingCache : IDisposable
{
    private readonly int _entries;
    private readonly TimeSpan _wait;
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<(string Key, string Generation), Lazy<Task<object>>> _working = new();

    public WordingCache(IOptions<WordingOptions> options)
    {
        _entries = options.Value.WordingCacheEntries;
        _wait = TimeSpan.FromSeconds(options.Value.WordingWaitSeconds);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _entries) });
    }

    /// <summary>The kept or worked-out result, or null when it is not ready within the wait.</summary>
    public async Task<T?> GetOrComputeAsync<T>(string key, string generation, Func<Task<T>> compute, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_entries > 0 && _cache.TryGetValue(key, out Entry? entry) && entry!.Generation == generation && entry.Result is T kept)
        {
            return kept;
        }

        // Not cancelled with the request: a reader who leaves still leaves the result for the next.
        var id = (key, generation);
        var work = _working.GetOrAdd(id, _ => new Lazy<Task<object>>(async () =>
        {
            try
            {
                var result = await compute();
                if (_entries > 0)
                {
                    _cache.Set(key, new Entry(generation, result), new MemoryCacheEntryOptions { Size = 1 });
                }

                return result;
            }
            finally
            {
                _working.TryRemove(id, out Lazy<Task<object>>? _);
            }
        }));
        try
        {
            return (T)await work.Value.WaitAsync(_wait, ct);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string Generation, object Result);
}
