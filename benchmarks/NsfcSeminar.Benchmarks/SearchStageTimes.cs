using System.Globalization;
using System.Text.RegularExpressions;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// The portal's own timing of each search stage (<c>seminar.search.duration</c>, tag
/// <c>stage</c>), read from its <c>/metrics</c> before and after a load, so that the time of the
/// Lucene query alone (<c>copy-query</c>) is printed beside the end-to-end time. Its histogram has
/// no buckets fine enough for percentiles, so sum ÷ count: a mean per stage. Empty when the
/// portal does not answer <c>/metrics</c> to this client (it answers only operators: loopback,
/// or <c>Seminar:Metrics</c>), or through a load balancer, where it is one instance's.
/// </summary>
internal sealed partial record SearchStageTimes(IReadOnlyDictionary<string, (double Seconds, long Count)> Stages)
{
    public static async Task<SearchStageTimes> ReadAsync(HttpClient http)
    {
        var stages = new Dictionary<string, (double Seconds, long Count)>(StringComparer.Ordinal);
        try
        {
            using var response = await http.GetAsync(new Uri("metrics", UriKind.Relative));
            if (!response.IsSuccessStatusCode)
            {
                return new(stages);
            }

            foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n'))
            {
                if (Sample().Match(line) is not { Success: true } m)
                {
                    continue;
                }

                var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
                var (seconds, count) = stages.GetValueOrDefault(m.Groups["stage"].Value);
                stages[m.Groups["stage"].Value] = m.Groups["kind"].Value == "sum" ? (seconds + value, count) : (seconds, count + (long)value);
            }
        }
        catch (HttpRequestException)
        {
            // No metrics from here: the load is still measured end to end.
        }

        return new(stages);
    }

    /// <summary>Mean milliseconds per stage over the searches between two readings.</summary>
    public string Since(SearchStageTimes before) => string.Join(", ", Stages
        .Select(s => (Name: s.Key, Seconds: s.Value.Seconds - before.Stages.GetValueOrDefault(s.Key).Seconds, Count: s.Value.Count - before.Stages.GetValueOrDefault(s.Key).Count))
        .Where(s => s.Count > 0)
        .OrderBy(s => s.Name, StringComparer.Ordinal)
        .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds * 1000 / s.Count:F1} ms ({s.Count})")));

    [GeneratedRegex("""^seminar_search_duration_seconds_(?<kind>sum|count)\{[^}]*stage="(?<stage>[^"]+)"[^}]*\} (?<value>\S+)""")]
    private static partial Regex Sample();
}
