using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>The digest periods: each day from the digest hour (UTC), each week from Monday at that
/// hour. A period's digest covers whatever changed since the search's last one, so a portal that
/// was down for days sends one digest for the current period, not one per missed period.</summary>
internal static class DigestPeriods
{
    /// <summary>The start of the period that <paramref name="now"/> falls in.</summary>
    public static DateTimeOffset Current(DigestFrequency frequency, DateTimeOffset now, int hourUtc)
    {
        var utc = now.ToUniversalTime();
        var start = new DateTimeOffset(utc.Year, utc.Month, utc.Day, hourUtc, 0, 0, TimeSpan.Zero);
        if (start > utc)
        {
            start = start.AddDays(-1);
        }

        if (frequency == DigestFrequency.Weekly)
        {
            // Back to the Monday on or before it.
            start = start.AddDays(-(((int)start.DayOfWeek + 6) % 7));
        }

        return start;
    }

    /// <summary>When the period after the current one starts.</summary>
    public static DateTimeOffset Next(DigestFrequency frequency, DateTimeOffset now, int hourUtc) =>
        Current(frequency, now, hourUtc).AddDays(frequency == DigestFrequency.Weekly ? 7 : 1);
}
