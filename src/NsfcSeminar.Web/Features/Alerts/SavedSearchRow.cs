using NsfcSeminar.Data.Alerts;
using NsfcSeminar.Data.Model;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>A saved search as its owner's list shows it.</summary>
internal sealed record SavedSearchRow(long Id, string Name, string Query, Language Language, DigestFrequency Frequency, DateTimeOffset CreatedAt, DateTimeOffset? UnsubscribedAt, DateTimeOffset? LastSentAt);
