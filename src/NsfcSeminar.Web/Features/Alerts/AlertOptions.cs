namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>When digests go out, bound from <c>Seminar:Alerts</c>.</summary>
public sealed class AlertOptions
{
    public const string Section = "Seminar:Alerts";

    /// <summary>The hour (UTC, 0–23) at which a day's digest period starts; weekly ones start on
    /// Mondays at the same hour.</summary>
    public int DigestHourUtc { get; set; } = 6;

    /// <summary>How often each instance looks for a period to run or a mail to retry.</summary>
    public int CheckEverySeconds { get; set; } = 60;

    /// <summary>Records saved in the last this many seconds before a digest wait for the next one:
    /// a save that stamped its time before the digest read, but committed after, is not missed.</summary>
    public int SettleSeconds { get; set; } = 120;

    /// <summary>Off where something else drives the digest (the tests run it themselves).</summary>
    public bool RunOnSchedule { get; set; } = true;
}
