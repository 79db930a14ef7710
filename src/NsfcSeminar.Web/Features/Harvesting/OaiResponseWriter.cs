using System.Text;
using System.Xml;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>Streams a reply as an OAI-PMH 2.0 response document straight into the response body
/// (asynchronously: Kestrel refuses synchronous writes).</summary>
internal static class OaiResponseWriter
{
    public const string OaiNamespace = "http://www.openarchives.org/OAI/2.0/";
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Oai = OaiNamespace;

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    public static async Task WriteAsync(Stream body, string baseUrl, OaiRequest? request, OaiReply reply, DateTimeOffset now)
    {
        await using var xml = XmlWriter.Create(body, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "OAI-PMH", Oai);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNamespace);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNamespace, $"{Oai} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        await xml.WriteElementStringAsync(null, "responseDate", Oai, OaiDatestamp.Format(now));
        await xml.WriteStartElementAsync(null, "request", Oai);

        // Section 3.2: after badVerb or badArgument the request element carries no attributes.
        if (request is not null && reply is not ErrorReply { Error.Code: OaiErrorCode.BadVerb or OaiErrorCode.BadArgument })
        {
            await xml.WriteAttributeStringAsync(null, "verb", null, request.Verb);
            foreach (var (name, value) in request.Arguments)
            {
                await xml.WriteAttributeStringAsync(null, name, null, XmlText.Clean(value));
            }
        }

        await xml.WriteStringAsync(baseUrl);
        await xml.WriteEndElementAsync();
        await OaiReplyWriter.WriteAsync(xml, request?.Verb, reply, baseUrl);
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }
}
