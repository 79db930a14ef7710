namespace NsfcSeminar.Data.Alerts;

/// <summary>One digest period's run (the daily digest of 6 December, the weekly one of the week
/// from 7 December), as the Admin's progress page shows it. There is one row per frequency and
/// period, however many portal instances try to run it.</summary>
public sealed class DigestRun
{
    public const int ErrorMaxLength = 4_000;

    public long Id { get; set; }

    public DigestFrequency Frequency { get; set; }

    public DateTimeOffset PeriodStart { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When every search due in the period had been processed; null while some remain.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Searches processed for this period (with or without new matches).</summary>
    public int SearchesDue { get; set; }

    /// <summary>The last error met while finding matches, if any.</summary>
    public string? LastError { get; set; }
}
