using NsfcSeminar.Web.Hosting.Notifications;
using System.Diagnostics;

namespace NsfcSeminar.Web.Features.Search.Copy;

/// <summary>How fresh the copy is, for <c>/health</c> and the <c>NsfcSeminar</c> meter: when it
/// last confirmed it held every committed change, and how long the last change took from
/// PostgreSQL's notification to being searchable (the lag).</summary>
internal sealed partial class SearchCopy
{
    private const string ByNotification = "notification";
    private const string BySearch = "search";
    private const string ByPoll = "poll";

    private volatile CopyFreshness _freshness = new(null, null);

    /// <summary>When the first notification not yet caught up with came (0: none).</summary>
    private long _notifiedAt;

    /// <summary>What woke the catch-up first since it last ran (null: its polling).</summary>
    private string? _wokenBy;

    private ChannelListener? _notifications;

    public CopyFreshness Freshness => _freshness;

    /// <summary>Whether the copy hears PostgreSQL's notifications now (else it polls).</summary>
    public bool Listening => _notifications?.Listening == true;

    private void Notified()
    {
        Interlocked.CompareExchange(ref _notifiedAt, Stopwatch.GetTimestamp(), 0);
        Wake(ByNotification);
    }

    private void Wake(string trigger)
    {
        Interlocked.CompareExchange(ref _wokenBy, trigger, null);
        _wakes.Writer.TryWrite(true);
    }

    /// <summary>Taken when a catch-up starts: what woke it and since when a change waits.</summary>
    private (string Trigger, long WaitingSince) TakeWake()
    {
        var started = Stopwatch.GetTimestamp();
        var notifiedAt = Interlocked.Exchange(ref _notifiedAt, 0);
        return (Interlocked.Exchange(ref _wokenBy, null) ?? ByPoll, notifiedAt == 0 ? started : notifiedAt);
    }

    /// <summary>After a catch-up: current as of <paramref name="asOf"/> (its snapshot); with
    /// changes, the lag is from the notification (or, found by polling or a search, from the
    /// catch-up's start) to now, when searches see them.</summary>
    private void CaughtUp(DateTimeOffset asOf, int meetings, (string Trigger, long WaitingSince) wake)
    {
        if (meetings == 0)
        {
            _freshness = _freshness with { CurrentAt = asOf };
            metrics?.CopyLag.Record(0);
            return;
        }

        var lag = Stopwatch.GetElapsedTime(wake.WaitingSince);
        _freshness = new CopyFreshness(asOf, lag);
        metrics?.CopyLag.Record(lag.TotalSeconds);
        metrics?.CatchUps.Add(1, new KeyValuePair<string, object?>("trigger", wake.Trigger));
        LogCaughtUp(_logger, meetings, wake.Trigger, lag.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search copy caught up with {Meetings} changed meetings (woken by {Trigger}); searchable {LagMilliseconds:F0} ms after it was woken.")]
    private static partial void LogCaughtUp(ILogger logger, int meetings, string trigger, double lagMilliseconds);
}

/// <summary>When the copy last confirmed it held every committed change, and how long the last
/// change took from its notification to being searchable.</summary>
internal sealed record CopyFreshness(DateTimeOffset? CurrentAt, TimeSpan? LastLag);
