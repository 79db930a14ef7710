using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NsfcSeminar.Web.Hosting.Observability;

/// <summary>
/// The portal's own measurements, in one place: the <c>NsfcSeminar</c> meter and its instruments,
/// and the activity source for the portal's own trace spans. A feature injects this singleton and
/// records; it never makes a meter of its own, so every figure reaches OTLP and <c>/metrics</c>.
/// Names follow the OpenTelemetry conventions (seconds, dotted lower case).
/// </summary>
public sealed class SeminarMetrics
{
    public const string Name = "NsfcSeminar";

    /// <summary>Spans for the portal's own stages (a search's, <see cref="Stage"/>).</summary>
    public static readonly ActivitySource Activities = new(Name);

    public SeminarMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        SearchDuration = meter.CreateHistogram<double>("seminar.search.duration", "s",
            "How long one stage of a search took; tag 'stage' (catch-up, resolve-filters, copy-query, page-rows, snippets, total).");
        CopyLag = meter.CreateGauge<double>("seminar.search.copy.lag", "s",
            "How far this instance's search copy is behind the last committed change.");
        CopySize = meter.CreateGauge<long>("seminar.search.copy.documents", "{document}",
            "Documents in this instance's search copy.");
        CatchUps = meter.CreateCounter<long>("seminar.search.catch_ups", "{catch-up}",
            "Catch-ups of the search copy; tag 'trigger' (notification, poll, search).");
        ImportedRecords = meter.CreateCounter<long>("seminar.import.records", "{record}",
            "Records an import has read; tags 'kind' (the bundle's section) and 'committed' (true when the import was stored).");
        ImportProgress = meter.CreateGauge<double>("seminar.import.progress", "1",
            "How much of the file being imported has been read (0 to 1).");
        AlertRuns = meter.CreateCounter<long>("seminar.alerts.runs", "{run}",
            "Runs of the saved-search alerts' digest; tag 'outcome' (sent, nothing-new, failed, left-to-another).");
        ReplicaLag = meter.CreateGauge<double>("seminar.replica.lag", "s",
            "How long ago the read replica was last seen caught up with the primary.");
    }

    public Histogram<double> SearchDuration { get; }

    /// <summary>Times one stage of a search (a span and a point on <see cref="SearchDuration"/>)
    /// until disposed.</summary>
    public SearchStage Stage(string name) => new(SearchDuration, name);

    public Gauge<double> CopyLag { get; }

    public Gauge<long> CopySize { get; }

    public Counter<long> CatchUps { get; }

    public Counter<long> ImportedRecords { get; }

    public Gauge<double> ImportProgress { get; }

    public Counter<long> AlertRuns { get; }

    public Gauge<double> ReplicaLag { get; }
}
