using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace NsfcSeminar.Web.Features.Feeds;

/// <summary>Writes to memory first: the formatter writes synchronously, which Kestrel refuses
/// on the response body, and a feed of <see cref="AtomFeedWriter.EntryLimit"/> entries is small. Answers 304
/// to a reader that already has the newest entry, since readers poll.</summary>
internal sealed class AtomFeedResult(Feed feed) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var syndication = AtomFeedWriter.ToSyndication(feed);
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.LastModified = syndication.LastUpdatedTime;
        var since = httpContext.Request.GetTypedHeaders().IfModifiedSince;
        if (since is { } known && syndication.LastUpdatedTime.ToUnixTimeSeconds() <= known.ToUnixTimeSeconds())
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(syndication).WriteTo(writer);
        }

        response.ContentType = AtomFeedWriter.ContentType + "; charset=utf-8";
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
