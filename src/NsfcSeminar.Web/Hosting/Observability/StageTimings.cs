using System.Globalization;

namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>
/// The stages of one operator's request, in the order they ended, answered as a
/// <c>Server-Timing</c> header (<see cref="ServerTimingExtensions"/>): a reader's browser or a
/// benchmark sees, beside the request's own end-to-end time, how long its Lucene query alone took.
/// Kept for the request's flow only (an async local), so stages of other requests never mix in.
/// </summary>
internal sealed class StageTimings
{
    private static readonly AsyncLocal<StageTimings?> CurrentRequest = new();
    private readonly List<(string Name, double Milliseconds)> _stages = [];

    /// <summary>The timings of the request running here, or null when nobody asked for them.</summary>
    public static StageTimings? Current => CurrentRequest.Value;

    public static StageTimings Begin() => CurrentRequest.Value = new StageTimings();

    public void Add(string name, TimeSpan elapsed)
    {
        lock (_stages)
        {
            _stages.Add((name, elapsed.TotalMilliseconds));
        }
    }

    /// <summary>The header's value (<c>copy-query;dur=5.712, total;dur=10.2</c>), or null when no stage ran.</summary>
    public string? Header()
    {
        lock (_stages)
        {
            return _stages.Count == 0 ? null : string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name};dur={s.Milliseconds:0.###}")));
        }
    }
}
