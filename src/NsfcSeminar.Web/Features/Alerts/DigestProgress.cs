using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Web.Features.Alerts;

internal sealed record DigestProgress(
    DateTimeOffset? LastRun, IReadOnlyDictionary<DigestFrequency, DateTimeOffset> NextRuns, int ActiveSearches, IReadOnlyList<DigestPeriodRow> Periods);
