using System.Globalization;
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
        await WriteReplyAsync(xml, request?.Verb, reply, baseUrl);
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteReplyAsync(XmlWriter xml, string? verb, OaiReply reply, string baseUrl)
    {
        if (reply is ErrorReply error)
        {
            await xml.WriteStartElementAsync(null, "error", Oai);
            await xml.WriteAttributeStringAsync(null, "code", null, error.Error.Code);
            await xml.WriteStringAsync(XmlText.Clean(error.Error.Message));
            await xml.WriteEndElementAsync();
            return;
        }

        await xml.WriteStartElementAsync(null, verb!, Oai);
        switch (reply)
        {
            case IdentifyReply identify:
                await WriteIdentifyAsync(xml, identify, baseUrl);
                break;
            case MetadataFormatsReply:
                await xml.WriteStartElementAsync(null, "metadataFormat", Oai);
                await xml.WriteElementStringAsync(null, "metadataPrefix", Oai, OaiRepository.DublinCorePrefix);
                await xml.WriteElementStringAsync(null, "schema", Oai, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
                await xml.WriteElementStringAsync(null, "metadataNamespace", Oai, OaiDcNamespace);
                await xml.WriteEndElementAsync();
                break;
            case SetsReply sets:
                foreach (var set in sets.Sets)
                {
                    await xml.WriteStartElementAsync(null, "set", Oai);
                    await xml.WriteElementStringAsync(null, "setSpec", Oai, set.Spec);
                    await xml.WriteElementStringAsync(null, "setName", Oai, XmlText.Clean(set.Name));
                    await xml.WriteEndElementAsync();
                }

                break;
            case RecordReply single:
                await OaiRecordWriter.WriteRecordAsync(xml, single.Record);
                break;
            case ListReply list:
                await WriteListAsync(xml, list);
                break;
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteIdentifyAsync(XmlWriter xml, IdentifyReply identify, string baseUrl)
    {
        await xml.WriteElementStringAsync(null, "repositoryName", Oai, "NsfcSeminar: the record of the seminars of the National Natural Science Foundation of China");
        await xml.WriteElementStringAsync(null, "baseURL", Oai, baseUrl);
        await xml.WriteElementStringAsync(null, "protocolVersion", Oai, "2.0");
        await xml.WriteElementStringAsync(null, "adminEmail", Oai, identify.AdminEmail);
        await xml.WriteElementStringAsync(null, "earliestDatestamp", Oai, OaiDatestamp.Format(identify.EarliestDatestamp));

        // Records that are unpublished simply leave the lists; no deletion history is kept.
        await xml.WriteElementStringAsync(null, "deletedRecord", Oai, "no");
        await xml.WriteElementStringAsync(null, "granularity", Oai, "YYYY-MM-DDThh:mm:ssZ");
    }

    private static async Task WriteListAsync(XmlWriter xml, ListReply list)
    {
        foreach (var record in list.Records)
        {
            await (list.WithMetadata ? OaiRecordWriter.WriteRecordAsync(xml, record) : OaiRecordWriter.WriteHeaderAsync(xml, record.Header));
        }

        if (list.Resumption is { } resumption)
        {
            await xml.WriteStartElementAsync(null, "resumptionToken", Oai);
            await xml.WriteAttributeStringAsync(null, "completeListSize", null, resumption.CompleteListSize.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "cursor", null, resumption.Cursor.ToString(CultureInfo.InvariantCulture));
            await xml.WriteStringAsync(resumption.Token);
            await xml.WriteEndElementAsync();
        }
    }
}
