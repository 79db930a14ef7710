namespace NsfcSeminar.Web.Features.Interchange;

/// <summary>Settings of the "Interchange" configuration section.</summary>
public sealed class InterchangeOptions
{
    /// <summary>The largest bundle an editor may upload; larger ones go through
    /// <c>scripts/run.sh import</c>, which streams from disk.</summary>
    public int MaxUploadMegabytes { get; set; } = 100;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
