using System.Collections.Concurrent;
using System.Globalization;

namespace NsfcSeminar.Benchmarks;

/// <summary>
/// Each search's end-to-end time beside its own Lucene query (the <c>copy-query</c> entry of the
/// portal's <c>Server-Timing</c> header, which the portal sends only to its operator, as
/// <c>/metrics</c>), so that "end to end at most twice the Lucene query" can be read at the
/// median and p95 and per search, not only from the means.
/// </summary>
internal sealed class LuceneShare
{
    public const string Header = "Server-Timing";
    private const string Stage = "copy-query";
    private readonly ConcurrentBag<(double EndToEnd, double Lucene)> _searches = [];

    /// <param name="timing">The answer's Server-Timing values; null when it had none.</param>
    public void Add(IEnumerable<string>? timing, double endToEndMilliseconds)
    {
        if (timing is not null && Lucene(timing) is { } lucene)
        {
            _searches.Add((endToEndMilliseconds, lucene));
        }
    }

    /// <summary>A line of figures, or null when no answer carried the header (not the operator).</summary>
    public string? Summary()
    {
        if (_searches.IsEmpty)
        {
            return null;
        }

        // Percentile.Of sorts what it is given.
        var ends = _searches.Select(s => s.EndToEnd).ToArray();
        var lucene = _searches.Select(s => s.Lucene).ToArray();
        var ratios = _searches.Select(s => s.EndToEnd / s.Lucene).ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"each search beside its Lucene query ({ends.Length}): end to end p50 {Percentile.Of(ends, 50):F1} ms, p95 {Percentile.Of(ends, 95):F1} ms; " +
            $"Lucene query p50 {Percentile.Of(lucene, 50):F1} ms, p95 {Percentile.Of(lucene, 95):F1} ms; end to end ÷ Lucene: " +
            $"means {ends.Average() / lucene.Average():F2}, p50s {Percentile.Of(ends, 50) / Percentile.Of(lucene, 50):F2}, " +
            $"p95s {Percentile.Of(ends, 95) / Percentile.Of(lucene, 95):F2}, per search p50 {Percentile.Of(ratios, 50):F2} p95 {Percentile.Of(ratios, 95):F2}");
    }

    private static double? Lucene(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',')).Select(e => e.Trim().Split(';')).Where(e => e[0] == Stage)
            .SelectMany(e => e.Skip(1)).Where(p => p.StartsWith("dur=", StringComparison.Ordinal))
            .Select(p => (double?)double.Parse(p[4..], CultureInfo.InvariantCulture)).FirstOrDefault();
}
