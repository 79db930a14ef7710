namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>One page of a list, and where the next begins (null on the last page).</summary>
internal sealed record OaiPage(IReadOnlyList<OaiRecord> Records, int CompleteListSize, OaiPosition? Next);
