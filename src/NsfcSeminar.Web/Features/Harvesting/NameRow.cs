namespace NsfcSeminar.Web.Features.Harvesting;

internal sealed record NameRow(string? En, string? Zh);
