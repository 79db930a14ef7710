namespace NsfcSeminar.Benchmarks;

/// <summary>The nearest-rank percentile every benchmark prints (p50, p95, p99).</summary>
internal static class Percentile
{
    /// <summary>The value <paramref name="percentile"/> % of <paramref name="values"/> are at or
    /// under; 0 when there are none.</summary>
    public static double Of(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
