namespace NsfcSeminar.Web.Features.Accounts;

/// <summary>How many failures are free, and how long each one after them makes the next wait.</summary>
internal sealed record ThrottlePolicy(int FreeFailures)
{
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    /// <summary>The wait in seconds after 1, 2, … failures, as far as the count from which it is
    /// always the longest (the last entry serves every higher count).</summary>
    public double[] WaitsInSeconds => [.. Enumerable.Range(1, FreeFailures + 10).Select(n => WaitAfter(n)?.TotalSeconds ?? 0)];

    public TimeSpan? WaitAfter(int failures)
    {
        if (failures < FreeFailures)
        {
            return null;
        }

        // 15 s, 30 s, 1 min, 2 min, 4 min, then 5 min for every further failure.
        var doublings = Math.Min(failures - FreeFailures, 10);
        var wait = FirstWait * Math.Pow(2, doublings);
        return wait < LongestWait ? wait : LongestWait;
    }
}
