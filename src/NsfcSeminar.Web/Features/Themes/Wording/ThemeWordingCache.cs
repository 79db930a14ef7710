using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace NsfcSeminar.Web.Features.Themes.Wording;

/// <summary>
/// Keeps each theme's wording while the archive has not changed: every entry carries the
/// archive's change generation and one from an older generation is never served. A theme
/// asked for by several readers at once is worked out once, and a page waits for it at most
/// <c>Seminar:ThemeWordingWaitSeconds</c> (5): a broad theme of a large archive takes longer
/// the first time (docs/performance.md), and is then kept for the readers after. Bounded by
/// <c>Seminar:ThemeWordingCacheEntries</c> (0 turns it off).
/// </summary>
internal sealed class ThemeWordingCache : IDisposable
{
    private readonly int _entries;
    private readonly TimeSpan _wait;
    private readonly MemoryCache _cache;
    private readonly ConcurrentDictionary<(string Key, string Generation), Lazy<Task<ThemeWording>>> _working = new();

    public ThemeWordingCache(IConfiguration configuration)
    {
        _entries = configuration.GetValue("Seminar:ThemeWordingCacheEntries", defaultValue: 500);
        _wait = TimeSpan.FromSeconds(configuration.GetValue("Seminar:ThemeWordingWaitSeconds", defaultValue: 5.0));
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _entries) });
    }

    /// <summary>The kept or worked-out wording, or null when it is not ready within the wait.</summary>
    public async Task<ThemeWording?> GetOrComputeAsync(string key, string generation, Func<Task<ThemeWording>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_entries > 0 && _cache.TryGetValue(key, out Entry? entry) && entry!.Generation == generation)
        {
            return entry.Wording;
        }

        // Not cancelled with the request: a reader who leaves still leaves the result for the next.
        var id = (key, generation);
        var work = _working.GetOrAdd(id, _ => new Lazy<Task<ThemeWording>>(async () =>
        {
            try
            {
                var wording = await compute();
                if (_entries > 0)
                {
                    _cache.Set(key, new Entry(generation, wording), new MemoryCacheEntryOptions { Size = 1 });
                }

                return wording;
            }
            finally
            {
                _working.TryRemove(id, out Lazy<Task<ThemeWording>>? _);
            }
        }));
        try
        {
            return await work.Value.WaitAsync(_wait, ct);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string Generation, ThemeWording Wording);
}
