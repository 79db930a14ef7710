using System.Xml;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>Writes one header, or one record with its <c>oai_dc</c> metadata.</summary>
internal static class OaiRecordWriter
{
    private const string Oai = OaiResponseWriter.OaiNamespace;

    public static void WriteHeader(XmlWriter xml, OaiHeader header)
    {
        xml.WriteStartElement("header", Oai);
        xml.WriteElementString("identifier", Oai, header.Identifier.ToString());
        xml.WriteElementString("datestamp", Oai, OaiDatestamp.Format(header.Datestamp));
        foreach (var spec in header.SetSpecs)
        {
            xml.WriteElementString("setSpec", Oai, spec);
        }

        xml.WriteEndElement();
    }

    public static void WriteRecord(XmlWriter xml, OaiRecord record)
    {
        xml.WriteStartElement("record", Oai);
        WriteHeader(xml, record.Header);
        if (record.Metadata is { } metadata)
        {
            xml.WriteStartElement("metadata", Oai);
            xml.WriteStartElement("oai_dc", "dc", OaiResponseWriter.OaiDcNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, OaiResponseWriter.DcNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                $"{OaiResponseWriter.OaiDcNamespace} http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            foreach (var element in metadata.Elements)
            {
                xml.WriteStartElement("dc", element.Name, OaiResponseWriter.DcNamespace);
                if (element.Language is not null)
                {
                    xml.WriteAttributeString("xml", "lang", null, element.Language);
                }

                xml.WriteString(element.Value);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
