using NsfcSeminar.Web.Features.Search;

namespace NsfcSeminar.Web.Features.Alerts;

/// <summary>A record the saved search found, new to the archive or changed since the last digest.</summary>
internal sealed record NewMatch(SearchRow Row, bool IsNew, DateTimeOffset ChangedAt);
