namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>A source as <c>dc:source</c> names it: by its address, or by its title where it has
/// none.</summary>
internal sealed record SourceRow(string? Address, string? TitleEn, string? TitleZh)
{
    public string Reference => Address ?? TitleEn ?? TitleZh ?? "";
}
