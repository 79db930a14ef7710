using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>
/// One stage of a search, from its start until disposed: a span <c>search.STAGE</c> in the
/// request's trace and a point on <c>seminar.search.duration</c> tagged with the stage, so that a
/// slow search shows where its time went (<see cref="SeminarMetrics.Stage"/>); for the operator's
/// own requests, an entry of the response's <c>Server-Timing</c> too (<see cref="StageTimings"/>).
/// </summary>
public sealed class SearchStage : IDisposable
{
    private readonly Histogram<double> _duration;
    private readonly string _name;
    private readonly Activity? _span;
    private readonly long _started = Stopwatch.GetTimestamp();

    internal SearchStage(Histogram<double> duration, string name)
    {
        _duration = duration;
        _name = name;
        _span = SeminarMetrics.Activities.StartActivity("search." + name);
    }

    public void Dispose()
    {
        _span?.Dispose();
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("stage", _name));
        StageTimings.Current?.Add(_name, elapsed);
    }
}
