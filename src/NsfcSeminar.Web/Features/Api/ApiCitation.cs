namespace NsfcSeminar.Web.Features.Api;

/// <summary>The citation line of a speech in each language, as the meeting page shows it.</summary>
public sealed record ApiCitation(string Zh, string En);
