using System.ComponentModel.DataAnnotations;

namespace NsfcSeminar.Web.Features.Interchange;

/// <summary>Settings of the "Interchange" configuration section; checked at start-up.</summary>
public sealed class InterchangeOptions
{
    public const string Section = "Interchange";

    /// <summary>The largest bundle an editor may upload; larger ones go through
    /// <c>scripts/run.sh import</c>, which streams from disk.</summary>
    [Range(1, 100_000, ErrorMessage = "Interchange:MaxUploadMegabytes must be from 1 to 100000.")]
    public int MaxUploadMegabytes { get; set; } = 100;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
