using NsfcSeminar.Data.Alerts;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>One period's digest as the Admin sees it.</summary>
internal sealed record DigestPeriodRow(
    DigestFrequency Frequency, DateTimeOffset PeriodStart, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    int Due, int Sent, int Waiting, int Failed, string? LastError, IReadOnlyList<string> MailErrors);
