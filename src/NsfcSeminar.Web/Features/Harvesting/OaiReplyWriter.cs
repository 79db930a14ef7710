using System.Globalization;
using System.Xml;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>The body of an OAI-PMH response: one element named after the verb, with what the
/// verb asked for (or an error); <see cref="OaiResponseWriter"/> writes the envelope around it.</summary>
internal static class OaiReplyWriter
{
    private const string Oai = OaiResponseWriter.OaiNamespace;

    /// <summary>Writes the verb's element with its content, or the error in its place.</summary>
    public static async Task WriteAsync(XmlWriter xml, string? verb, OaiReply reply, string baseUrl)
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
                await xml.WriteElementStringAsync(null, "metadataNamespace", Oai, OaiResponseWriter.OaiDcNamespace);
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
