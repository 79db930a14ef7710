using System.Xml;

namespace NsfcSeminar.Web.Features.Harvesting;

/// <summary>Writes one header, or one record with its <c>oai_dc</c> metadata.</summary>
internal static class OaiRecordWriter
{
    private const string Oai = OaiResponseWriter.OaiNamespace;
    private const string Dc = OaiResponseWriter.DcNamespace;

    public static async Task WriteHeaderAsync(XmlWriter xml, OaiHeader header)
    {
        await xml.WriteStartElementAsync(null, "header", Oai);
        await xml.WriteElementStringAsync(null, "identifier", Oai, header.Identifier.ToString());
        await xml.WriteElementStringAsync(null, "datestamp", Oai, OaiDatestamp.Format(header.Datestamp));
        foreach (var spec in header.SetSpecs)
        {
            await xml.WriteElementStringAsync(null, "setSpec", Oai, spec);
        }

        await xml.WriteEndElementAsync();
    }

    public static async Task WriteRecordAsync(XmlWriter xml, OaiRecord record)
    {
        await xml.WriteStartElementAsync(null, "record", Oai);
        await WriteHeaderAsync(xml, record.Header);
        if (record.Metadata is { } metadata)
        {
            await xml.WriteStartElementAsync(null, "metadata", Oai);
            await xml.WriteStartElementAsync("oai_dc", "dc", OaiResponseWriter.OaiDcNamespace);
            await xml.WriteAttributeStringAsync("xmlns", "dc", null, Dc);
            await xml.WriteAttributeStringAsync("xsi", "schemaLocation", OaiResponseWriter.XsiNamespace,
                $"{OaiResponseWriter.OaiDcNamespace} http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
            foreach (var element in metadata.Elements)
            {
                await xml.WriteStartElementAsync("dc", element.Name, Dc);
                if (element.Language is not null)
                {
                    await xml.WriteAttributeStringAsync("xml", "lang", null, element.Language);
                }

                await xml.WriteStringAsync(XmlText.Clean(element.Value));
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }
}
