namespace NsfcSeminar.Web.Features.Meetings;

/// <summary>An archived copy, without its bytes: the page links to it by its hash.</summary>
public sealed record CopyItem(string Sha256, string FileName, string ContentType, long Size);
