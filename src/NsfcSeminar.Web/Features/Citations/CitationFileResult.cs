using NsfcSeminar.Web.Features.Citations.Formats;

namespace NsfcSeminar.Web.Features.Citations;

/// <summary>A citation file, streamed as its works arrive, as a download named after the record.</summary>
internal sealed class CitationFileResult(CitationFormat format, string fileName, IAsyncEnumerable<CitableWork> works) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.ContentType = format.MediaType;
        httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return format.WriteAsync(works, httpContext.Response.Body, httpContext.RequestAborted);
    }
}
