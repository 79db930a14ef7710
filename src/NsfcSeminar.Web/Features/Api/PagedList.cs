namespace NsfcSeminar.Web.Features.Api;

/// <summary>One page of a list, with what a client needs to fetch the others.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
