namespace NsfcSeminar.Web.Features.Citations.Formats;

/// <summary>The files a reference manager imports: BibTeX, RIS and CSL-JSON.</summary>
public abstract class CitationFormat
{
    public static readonly CitationFormat BibTeX = new BibTeXFormat();
    public static readonly CitationFormat Ris = new RisFormat();
    public static readonly CitationFormat CslJson = new CslJsonFormat();

    public static IReadOnlyList<CitationFormat> All { get; } = [BibTeX, Ris, CslJson];

    /// <summary>The file extension that names the format in addresses ("bib").</summary>
    public abstract string Extension { get; }

    /// <summary>The label shown on links ("BibTeX").</summary>
    public abstract string Label { get; }

    public abstract string MediaType { get; }

    public static CitationFormat? FromExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes every work, one after another, as they arrive: a whole search is never
    /// gathered in memory.</summary>
    public abstract Task WriteAsync(IAsyncEnumerable<CitableWork> works, Stream output, CancellationToken ct);
}
