using System.Text;
using System.Xml;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>Streams a reply as an OAI-PMH 2.0 response document straight into the response body.</summary>
internal static class OaiResponseWriter
{
    public const string OaiNamespace = "http://www.openarchives.org/OAI/2.0/";
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    /// <summary><paramref name="request"/> is null when the request was a badVerb or badArgument,
    /// whose response must not echo the arguments (section 3.2).</summary>
    public static async Task WriteAsync(Stream body, string baseUrl, OaiRequest? request, OaiReply reply, DateTimeOffset now)
    {
        await using var xml = XmlWriter.Create(body, Settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("OAI-PMH", OaiNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("schemaLocation", XsiNamespace, $"{OaiNamespace} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        xml.WriteElementString("responseDate", OaiNamespace, OaiDatestamp.Format(now));
        xml.WriteStartElement("request", OaiNamespace);
        if (request is not null)
        {
            xml.WriteAttributeString("verb", request.Verb);
            foreach (var (name, value) in request.Arguments)
            {
                xml.WriteAttributeString(name, value);
            }
        }

        xml.WriteString(baseUrl);
        xml.WriteEndElement();
        WriteReply(xml, request?.Verb, reply, baseUrl);
        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void WriteReply(XmlWriter xml, string? verb, OaiReply reply, string baseUrl)
    {
        if (reply is ErrorReply error)
        {
            xml.WriteStartElement("error", OaiNamespace);
            xml.WriteAttributeString("code", error.Error.Code);
            xml.WriteString(error.Error.Message);
            xml.WriteEndElement();
            return;
        }

        xml.WriteStartElement(verb!, OaiNamespace);
        switch (reply)
        {
            case IdentifyReply identify:
                WriteIdentify(xml, identify, baseUrl);
                break;
            case MetadataFormatsReply:
                xml.WriteStartElement("metadataFormat", OaiNamespace);
                xml.WriteElementString("metadataPrefix", OaiNamespace, OaiRepository.DublinCorePrefix);
                xml.WriteElementString("schema", OaiNamespace, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
                xml.WriteElementString("metadataNamespace", OaiNamespace, OaiDcNamespace);
                xml.WriteEndElement();
                break;
            case SetsReply sets:
                foreach (var set in sets.Sets)
                {
                    xml.WriteStartElement("set", OaiNamespace);
                    xml.WriteElementString("setSpec", OaiNamespace, set.Spec);
                    xml.WriteElementString("setName", OaiNamespace, set.Name);
                    xml.WriteEndElement();
                }

                break;
            case RecordReply single:
                OaiRecordWriter.WriteRecord(xml, single.Record);
                break;
            case ListReply list:
                WriteList(xml, list);
                break;
        }

        xml.WriteEndElement();
    }

    private static void WriteIdentify(XmlWriter xml, IdentifyReply identify, string baseUrl)
    {
        xml.WriteElementString("repositoryName", OaiNamespace, "NsfcSeminar: the record of the seminars of the National Natural Science Foundation of China");
        xml.WriteElementString("baseURL", OaiNamespace, baseUrl);
        xml.WriteElementString("protocolVersion", OaiNamespace, "2.0");
        xml.WriteElementString("adminEmail", OaiNamespace, "archive@nsfc-seminar.invalid");
        xml.WriteElementString("earliestDatestamp", OaiNamespace, OaiDatestamp.Format(identify.EarliestDatestamp));

        // Records that are unpublished simply leave the lists; no deletion history is kept.
        xml.WriteElementString("deletedRecord", OaiNamespace, "no");
        xml.WriteElementString("granularity", OaiNamespace, "YYYY-MM-DDThh:mm:ssZ");
    }

    private static void WriteList(XmlWriter xml, ListReply list)
    {
        foreach (var record in list.Records)
        {
            if (list.WithMetadata)
            {
                OaiRecordWriter.WriteRecord(xml, record);
            }
            else
            {
                OaiRecordWriter.WriteHeader(xml, record.Header);
            }
        }

        if (list.Resumption is { } resumption)
        {
            xml.WriteStartElement("resumptionToken", OaiNamespace);
            xml.WriteAttributeString("completeListSize", resumption.CompleteListSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", resumption.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteString(resumption.Token);
            xml.WriteEndElement();
        }
    }
}
